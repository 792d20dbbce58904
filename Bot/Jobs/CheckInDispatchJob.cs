using MentorBot.Dialogs.Conversations.CheckIns;

namespace MentorBot.Jobs;

/// <summary>
/// Sends the check-ins that are due. Thin: <see cref="CheckInDispatch"/> does the work; its insert-only records and
/// the messenger's idempotency keys make an overlapping run, a second server or a re-run after a stop harmless.
/// </summary>
public sealed partial class CheckInDispatchJob(CheckInDispatch dispatch, ILogger<CheckInDispatchJob> logger)
{
    public const string RecurringJobId = "mentorbot-checkin-dispatch";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var handed = await dispatch.RunAsync(cancellationToken);
        if (handed > 0)
            LogRun(logger, handed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in dispatch handed {Count} check-in(s) to the messenger")]
    private static partial void LogRun(ILogger logger, int count);
}
