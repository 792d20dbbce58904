using MentorBot.Messaging;

namespace MentorBot.Jobs;

/// <summary>
/// Re-sends the proactive messages a send could not deliver at once. Thin: the messenger does the work, and its
/// claims make an overlapping run or a second server harmless (each message has one owner at a time).
/// </summary>
public sealed partial class OutboxRetryJob(ProactiveMessenger messenger, ILogger<OutboxRetryJob> logger)
{
    public const string RecurringJobId = "mentorbot-outbox-retry";

    // No [AutomaticRetry] tuning: a failed run (the store unreachable) retried by Hangfire overlaps the next
    // scheduled run harmlessly, since every message is claimed before it is sent. (The attribute would also be
    // built through Hangfire's static LogProvider, which breaks when several hosts share a test process.)
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tried = await messenger.RetryDueAsync(cancellationToken);
        if (tried > 0)
            LogRun(logger, tried);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox retry run delivered or re-deferred {Count} message(s)")]
    private static partial void LogRun(ILogger logger, int count);
}
