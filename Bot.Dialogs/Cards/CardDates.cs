using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Dates on the reader's own calendar, in their language ("3 March", "3 mars").</summary>
public static class CardDates
{
    public static string Day(DateTimeOffset instant, string timeZone, Localizer text)
    {
        var zone = TimeZones.TryFind(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMMM", text.Culture);
    }
}
