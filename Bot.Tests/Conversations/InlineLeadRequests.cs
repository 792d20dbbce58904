using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Conversations.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// A fake of our own port for conversation tests: runs a lead's request at once, in the turn that queued it, so a
/// test reads the report right after the turn. That requests really run in the background, on Hangfire, is proven by
/// Bot.Tests/Jobs/LeadRequestJobTests.
/// </summary>
public sealed class InlineLeadRequests(IServiceProvider services) : ILeadRequests
{
    public int Queued { get; private set; }

    // Resolved on use: the runner's own services include the actions that queue requests.
    public async Task<LeadRequestQueueing> QueueAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        Queued++;
        await services.GetRequiredService<LeadRequestRunner>().RunAsync(request, cancellationToken);
        return LeadRequestQueueing.Queued;
    }
}
