namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// The next check-in one person should receive: its period, why, and the first instant inside their working hours
/// (and after any pause) when it may be sent. A dispatcher sends it when <see cref="At"/> has come and defers it
/// otherwise.
/// </summary>
public sealed record CheckInDue(string Period, CheckInTrigger Trigger, DateTimeOffset At, bool AsksFit)
{
    public bool IsDue(DateTimeOffset now) => At <= now;
}
