namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>Time zones by IANA or Windows id, as Graph and people may give them.</summary>
public static class TimeZones
{
    public static bool IsKnown(string? id) => TryFind(id, out _);

    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
            return false;
        try
        {
            // .NET on Linux resolves Windows ids too (through ICU), so both spellings work.
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
