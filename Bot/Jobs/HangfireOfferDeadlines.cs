using Hangfire;
using MentorBot.Dialogs.Abstractions.Matching;

namespace MentorBot.Jobs;

/// <summary>
/// Offer deadlines as Hangfire delayed jobs, through the client from DI (never Hangfire's statics). The job carries
/// an opaque token, never the pair's ids (see <see cref="OfferDeadlineTokens"/>).
/// </summary>
public sealed class HangfireOfferDeadlines(IBackgroundJobClient jobs, OfferDeadlineTokens tokens) : IOfferDeadlines
{
    public async Task ScheduleAsync(string programmeId, string pairId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The token row first: a stop before the job leaves a row that erasure still finds, never a job that names nobody.
        var token = await tokens.IssueAsync(programmeId, pairId, cancellationToken);
        jobs.Schedule<OfferDeadlineJob>(job => job.RunAsync(token, CancellationToken.None), at);
    }
}
