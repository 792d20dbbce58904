using Hangfire;
using MentorBot.Dialogs.Abstractions.Programmes;

namespace MentorBot.Jobs;

/// <summary>
/// Lead requests as Hangfire fire-and-forget jobs, through the client from DI; the job carries an opaque token. When
/// the job storage cannot take the job (PostgreSQL down or unreachable), the request is kept in our own storage and
/// <see cref="LeadRequestSweepJob"/> queues it once the job storage is back: the lead is told it will run later.
/// </summary>
public sealed partial class HangfireLeadRequests(IBackgroundJobClient jobs, LeadRequestTokens tokens, ILogger<HangfireLeadRequests> logger) : ILeadRequests
{
    public async Task<LeadRequestQueueing> QueueAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        // The row first: a stop before the job leaves a row erasure still finds, never a job that names nobody.
        var token = await tokens.IssueAsync(request, cancellationToken);
        try
        {
            jobs.Enqueue<LeadRequestJob>(job => job.RunAsync(token, CancellationToken.None));
            return LeadRequestQueueing.Queued;
        }
        catch (BackgroundJobClientException e)
        {
            // Hangfire wraps every storage failure in this. The job may still have been created (a timeout after the
            // commit): then the request runs twice, which sends and reports once.
            LogKept(logger, e, request.Kind);
            await tokens.KeepAsync(token, cancellationToken);
            return LeadRequestQueueing.Kept;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job storage could not take a lead's {Kind} request; it is kept and queued when the job storage is back")]
    private static partial void LogKept(ILogger logger, Exception exception, LeadRequestKind kind);
}
