using Hangfire;
using MentorBot.Dialogs.Abstractions.Programmes;

namespace MentorBot.Jobs;

/// <summary>Lead requests as Hangfire fire-and-forget jobs, through the client from DI; the job carries an opaque token.</summary>
public sealed class HangfireLeadRequests(IBackgroundJobClient jobs, LeadRequestTokens tokens) : ILeadRequests
{
    public async Task QueueAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        // The row first: a stop before the job leaves a row erasure still finds, never a job that names nobody.
        var token = await tokens.IssueAsync(request, cancellationToken);
        jobs.Enqueue<LeadRequestJob>(job => job.RunAsync(token, CancellationToken.None));
    }
}
