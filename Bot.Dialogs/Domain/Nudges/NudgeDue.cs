namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// A nudge the rules say should go, as the record it will be once sent (its <see cref="Nudge.DueAt"/> the first instant
/// inside the recipient's working hours, after any pause or snooze). A dispatcher sends it when that has come, and
/// records it with <see cref="Sent"/> through an insert-only store, so it goes once.
/// </summary>
public sealed record NudgeDue(Nudge Nudge)
{
    public DateTimeOffset At => Nudge.DueAt;

    public bool IsDue(DateTimeOffset now) => At <= now;

    public Nudge Sent(DateTimeOffset at) => Nudge with { SentAt = at };
}
