using MentorBot.Dialogs.Conversations.Digests;

namespace MentorBot.Jobs;

/// <summary>
/// Sends the scheduled lead digests that are due. Thin: <see cref="DigestDispatch"/> does the work; its insert-only
/// records and the messenger's idempotency keys make an overlapping run, a second server or a re-run after a stop harmless.
/// </summary>
public sealed partial class DigestDispatchJob(DigestDispatch dispatch, ILogger<DigestDispatchJob> logger)
{
    public const string RecurringJobId = "mentorbot-digest-dispatch";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var handed = await dispatch.RunAsync(cancellationToken);
        if (handed > 0)
            LogRun(logger, handed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest dispatch handed {Count} digest(s) to the messenger")]
    private static partial void LogRun(ILogger logger, int count);
}
