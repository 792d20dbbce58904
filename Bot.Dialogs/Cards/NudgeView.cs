using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What one person's no-meeting nudge shows: whom it is about, for how long the pair has been quiet, and, once they
/// snoozed it, until when (the card is then rebuilt in place without the snooze button).
/// </summary>
public sealed record NudgeView(Nudge Nudge, string ProgrammeName, string PartnerName, int QuietDays, bool HaveMet, string ViewerTimeZone)
{
    public DateTimeOffset? SnoozedUntil { get; init; }
}
