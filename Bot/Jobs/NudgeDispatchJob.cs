using MentorBot.Dialogs.Conversations.Nudges;

namespace MentorBot.Jobs;

/// <summary>
/// Sends the nudges, reminders, escalations and stay/pause/leave questions that are due. Thin: <see cref="NudgeDispatch"/>
/// does the work; its insert-only records and the messenger's idempotency keys make an overlapping run, a second
/// server or a re-run after a stop harmless.
/// </summary>
public sealed partial class NudgeDispatchJob(NudgeDispatch dispatch, ILogger<NudgeDispatchJob> logger)
{
    public const string RecurringJobId = "mentorbot-nudge-dispatch";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var handed = await dispatch.RunAsync(cancellationToken);
        if (handed > 0)
            LogRun(logger, handed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nudge dispatch handed {Count} nudge(s) to the messenger")]
    private static partial void LogRun(ILogger logger, int count);
}
