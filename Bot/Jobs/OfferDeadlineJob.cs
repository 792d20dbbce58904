using MentorBot.Dialogs.Conversations.Matching;

namespace MentorBot.Jobs;

/// <summary>
/// A mentor's offer deadline. Thin: the offers service expires the offer only if it is still unanswered (a versioned
/// save), so a job that runs late, twice, or after the mentor answered changes nothing. It carries a token, not the
/// pair: a token whose people erased their data stands for nothing.
/// </summary>
public sealed partial class OfferDeadlineJob(PairOffers offers, OfferDeadlineTokens tokens, ILogger<OfferDeadlineJob> logger)
{
    public async Task RunAsync(string token, CancellationToken cancellationToken)
    {
        var deadline = await tokens.FindAsync(token, cancellationToken);
        if (deadline is null)
            return;
        if (await offers.ExpireAsync(deadline.ProgrammeId, deadline.PairId, cancellationToken))
            LogExpired(logger, token);

        // Only once the expiry is settled: a run stopped before this point is retried and finds the token still there.
        await tokens.RedeemAsync(token, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The offer of deadline {Token} expired unanswered; the next candidate is asked")]
    private static partial void LogExpired(ILogger logger, string token);
}
