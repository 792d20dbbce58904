using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What one person's no-meeting nudge shows: whom it is about, for how long the pair has been quiet, and, once they
/// snoozed it, until when (the card is then rebuilt in place without the snooze button).
/// </summary>
public sealed record NudgeView(Nudge Nudge, string ProgrammeName, string PartnerName, int QuietDays, bool HaveMet, string ViewerTimeZone)
{
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>A no-meeting nudge about <paramref name="pair"/> as sent: how long the quiet spell had lasted then, and whether they had met.</summary>
    public static NudgeView Of(Nudge nudge, Pair pair, string programmeName, string partnerName, string viewerTimeZone)
    {
        var quietSince = nudge.QuietSince ?? pair.AcceptedAt ?? nudge.SentAt;
        var haveMet = pair.AcceptedAt is { } started && quietSince > started;
        var quietDays = Math.Max(0, (int)(nudge.SentAt - quietSince).TotalDays);
        return new(nudge, programmeName, partnerName, quietDays, haveMet, viewerTimeZone);
    }
}
