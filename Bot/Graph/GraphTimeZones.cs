namespace MentorBot.Graph;

/// <summary>
/// Time zone names as Graph gives them: Windows names by default ("Romance Standard Time"), IANA ids where an
/// administrator chose them, or "Customized Time Zone" for a zone described by its rules (which we do not rebuild).
/// </summary>
public static class GraphTimeZones
{
    // The Windows-to-IANA mapping (CLDR) still answers some zones by their former names; people know the current ones.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["Asia/Calcutta"] = "Asia/Kolkata",
        ["Asia/Katmandu"] = "Asia/Kathmandu",
        ["Asia/Saigon"] = "Asia/Ho_Chi_Minh",
        ["Asia/Rangoon"] = "Asia/Yangon",
        ["Europe/Kiev"] = "Europe/Kyiv",
        ["America/Godthab"] = "America/Nuuk",
        ["Atlantic/Faeroe"] = "Atlantic/Faroe",
    };

    /// <summary>The IANA id for a Graph time zone name, or null when it names no zone we know.</summary>
    public static string? ToIana(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        name = name.Trim();
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana))
            return Current(iana);
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId ? Current(zone.Id) : null;
    }

    // Only where this machine's time zone database knows the current name too.
    private static string Current(string iana) =>
        Renamed.TryGetValue(iana, out var current) && TimeZoneInfo.TryFindSystemTimeZoneById(current, out _) ? current : iana;
}
