namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>Wall-clock times in a time zone turned into instants, across daylight-saving changes.</summary>
public static class LocalClock
{
    private static readonly long QuarterHour = TimeSpan.FromMinutes(15).Ticks;

    /// <summary>
    /// The instant at which clocks in <paramref name="zone"/> show <paramref name="time"/> on <paramref name="date"/>.
    /// A time skipped when clocks go forward becomes the first time that exists after it (02:30 → 03:00); a time
    /// that happens twice when clocks go back is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // Gaps are whole quarter hours (30 or 60 minutes in practice): the next quarter hour that exists ends them.
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 16; guard++)
            local = new DateTime(((local.Ticks / QuarterHour) + 1) * QuarterHour, DateTimeKind.Unspecified);

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The calendar date clocks in <paramref name="zone"/> show at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
