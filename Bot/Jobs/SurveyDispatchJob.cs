using MentorBot.Dialogs.Conversations.Surveys;

namespace MentorBot.Jobs;

/// <summary>
/// Sends the feedback surveys and survey reminders that are due, and ends a closed programme's pairs once the end
/// survey's answer window is over. Thin: <see cref="SurveyDispatch"/> does the work; its insert-only records and the
/// messenger's idempotency keys make an overlapping run, a second server or a re-run after a stop harmless.
/// </summary>
public sealed partial class SurveyDispatchJob(SurveyDispatch dispatch, ILogger<SurveyDispatchJob> logger)
{
    public const string RecurringJobId = "mentorbot-survey-dispatch";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var handed = await dispatch.RunAsync(cancellationToken);
        if (handed > 0)
            LogRun(logger, handed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey dispatch handed {Count} survey(s) and reminder(s) to the messenger")]
    private static partial void LogRun(ILogger logger, int count);
}
