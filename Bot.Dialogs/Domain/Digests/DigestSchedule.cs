using System.Globalization;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// When a programme's scheduled digest is due for one destination, on that destination's clock (a lead's time zone).
/// Weekly: on the settings' day of each ISO week (Monday to Sunday), period "2026-W49". Monthly: on the first such
/// weekday of each calendar month (the first Monday of December for Monday), period "2026-12". Either way at
/// <c>localHour</c> o'clock local time. Once due, a digest stays due until its period ends, so a run that missed the hour
/// (the host was down) still sends it later in the period; a past period's is never due again. A closed programme has
/// no scheduled digest (its leads can still ask for one), and the first is the first digest day on or after its start date.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The digest due now for the period that contains <paramref name="now"/> on <paramref name="zone"/>'s clock, or null.</summary>
    public static DigestDue? Due(Programme programme, int localHour, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(localHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localHour, 23);
        if (!programme.IsOpen)
            return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var settings = programme.Digest;
        var day = DayIn(settings, today);
        if (day < programme.StartDate)
            return null;
        var at = Instant(day, localHour, zone);
        return now >= at ? new DigestDue(PeriodOf(settings.Frequency, today), at) : null;
    }

    /// <summary>The period a local date belongs to: its ISO week ("2026-W49") or its month ("2026-12").</summary>
    public static string PeriodOf(DigestFrequency frequency, DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return frequency == DigestFrequency.Weekly
            ? string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime)}-W{ISOWeek.GetWeekOfYear(dateTime):00}")
            : date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    /// <summary>The local date of the digest of the period <paramref name="date"/> is in.</summary>
    public static DateOnly DayIn(DigestSettings settings, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Frequency == DigestFrequency.Weekly)
        {
            // ISO weeks start on Monday: Monday is 0, Sunday 6.
            static int FromMonday(DayOfWeek d) => ((int)d + 6) % 7;
            return date.AddDays(FromMonday(settings.Day) - FromMonday(date.DayOfWeek));
        }

        var first = new DateOnly(date.Year, date.Month, 1);
        return first.AddDays(((int)settings.Day - (int)first.DayOfWeek + 7) % 7);
    }

    // The local hour as an instant. On the night clocks go forward the hour may not exist: the digest is then due as
    // soon as the clock has jumped past it. An hour that happens twice counts from its first occurrence.
    private static DateTimeOffset Instant(DateOnly day, int hour, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(15);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
