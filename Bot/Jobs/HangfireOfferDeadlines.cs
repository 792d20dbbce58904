using Hangfire;
using MentorBot.Dialogs.Abstractions.Matching;

namespace MentorBot.Jobs;

/// <summary>
/// Offer deadlines as Hangfire delayed jobs, through the client from DI (never Hangfire's statics). The job carries
/// an opaque token, never the pair's ids (see <see cref="OfferDeadlineTokens"/>). When the job storage cannot take
/// the job (PostgreSQL down or unreachable), the offer still goes out: the pair sweep expires it once overdue.
/// </summary>
public sealed partial class HangfireOfferDeadlines(IBackgroundJobClient jobs, OfferDeadlineTokens tokens, ILogger<HangfireOfferDeadlines> logger) : IOfferDeadlines
{
    public async Task ScheduleAsync(string programmeId, string pairId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The token row first: a stop before the job leaves a row that erasure still finds, never a job that names nobody.
        var token = await tokens.IssueAsync(programmeId, pairId, cancellationToken);
        try
        {
            jobs.Schedule<OfferDeadlineJob>(job => job.RunAsync(token, CancellationToken.None), at);
        }
        catch (BackgroundJobClientException e)
        {
            // The deadline is the pair's own (AnswerBy), which PairSweep enforces "whatever became of the deadline job":
            // failing the turn here would only hold up the offer. No job carries the token, so it goes.
            LogNoDeadlineJob(logger, e);
            await tokens.RedeemAsync(token, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job storage could not take an offer's deadline job; the pair sweep expires the offer once overdue")]
    private static partial void LogNoDeadlineJob(ILogger logger, Exception exception);
}
