using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>A slot as its reader sees it: on their own clock, with the date, the times and the zone named.</summary>
public static class SlotText
{
    public static string Format(TimeRange slot, string timeZone, Localizer text)
    {
        var zone = TimeZones.TryFind(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var start = TimeZoneInfo.ConvertTime(slot.Start, zone);
        var end = TimeZoneInfo.ConvertTime(slot.End, zone);
        return text.Format("ScheduleSlot", start.ToString("dddd d MMMM", text.Culture), start.ToString("t", text.Culture), end.ToString("t", text.Culture), timeZone);
    }
}
