using MentorBot.Dialogs.Conversations.Programmes;

namespace MentorBot.Jobs;

/// <summary>
/// A lead's queued request (invite a list, a matching round). Thin: <see cref="LeadRequestRunner"/> does the work and
/// keys what it sends, so Hangfire's retry of a run stopped half-way sends nothing twice; the token is redeemed only
/// once the run finished.
/// </summary>
public sealed class LeadRequestJob(LeadRequestRunner runner, LeadRequestTokens tokens)
{
    public async Task RunAsync(string token, CancellationToken cancellationToken)
    {
        if (await tokens.FindAsync(token, cancellationToken) is not { } request)
            return;
        await runner.RunAsync(request, cancellationToken);
        await tokens.RedeemAsync(token, cancellationToken);
    }
}
