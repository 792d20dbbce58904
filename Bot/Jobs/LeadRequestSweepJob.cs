using Hangfire;

namespace MentorBot.Jobs;

/// <summary>
/// Queues the lead requests kept because the job storage could not take them when they were made (see
/// <see cref="HangfireLeadRequests"/>), then unmarks them. Thin, and harmless when it runs twice or overlaps a
/// request's own job: a request run twice sends and reports once.
/// </summary>
public sealed partial class LeadRequestSweepJob(IBackgroundJobClient jobs, LeadRequestTokens tokens, ILogger<LeadRequestSweepJob> logger)
{
    public const string RecurringJobId = "mentorbot-lead-request-sweep";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var token in await tokens.KeptAsync(cancellationToken))
        {
            // Gone when it was erased meanwhile, or its job was created after all and has run.
            if (await tokens.FindAsync(token, cancellationToken) is not null)
            {
                jobs.Enqueue<LeadRequestJob>(job => job.RunAsync(token, CancellationToken.None));
                queued++;
            }

            // Only once queued: a stop in between queues it again on the next run.
            await tokens.ReleaseAsync(token, cancellationToken);
        }

        if (queued > 0)
            LogQueued(logger, queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} kept lead request(s)")]
    private static partial void LogQueued(ILogger logger, int count);
}
