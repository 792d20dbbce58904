namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// The next survey one person should receive and the first instant inside their working hours (after any pause) when
/// it may be sent. A dispatcher sends it when <see cref="At"/> has come and asks again next run otherwise.
/// </summary>
public sealed record SurveyDue(SurveyKind Kind, DateTimeOffset At)
{
    public bool IsDue(DateTimeOffset now) => At <= now;
}
