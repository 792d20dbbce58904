using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// The concrete week working hours are compared over: Monday 00:00 UTC to the next Monday, for the week that holds
/// the round's reference date. Comparing on real dates, through <see cref="TimeZoneInfo"/>, is what makes daylight
/// saving right: Paris and New York share three hours a day in the weeks of March and late October when only the US
/// has changed its clocks, two hours otherwise. Time is counted in quarter hours, which every real UTC offset
/// (Kolkata +5:30, St John's -3:30, Kathmandu +5:45) falls on.
/// </summary>
public sealed class ReferenceWeek
{
    public const int SlotMinutes = 15;
    public const int SlotsPerHour = 60 / SlotMinutes;
    public const int Slots = 7 * 24 * SlotsPerHour;

    public ReferenceWeek(DateOnly date)
    {
        Monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        StartUtc = new DateTime(Monday, TimeOnly.MinValue, DateTimeKind.Utc);
    }

    /// <summary>The Monday that starts the week.</summary>
    public DateOnly Monday { get; }

    public DateTime StartUtc { get; }

    /// <summary>The instant time-zone offsets are compared at: Wednesday noon UTC, clear of the weekend clock changes.</summary>
    public DateTime MidweekUtc => StartUtc.AddDays(2).AddHours(12);

    /// <summary>
    /// The quarter hours of this UTC week in which someone works. Each working day is placed on its own local date and
    /// converted with that date's offset, so a clock change inside the week moves only the days after it. Local days
    /// from the Sunday before to the Monday after are placed, then cut to the week: a weekly pattern seen through any
    /// seven-day window is one week's worth, wherever the person is (Auckland's Monday is Sunday evening in UTC).
    /// </summary>
    public ulong[] WorkingSlots(WorkingHours hours, TimeZoneInfo zone)
    {
        var slots = Bits.Create(Slots);
        if (hours.End <= hours.Start)
            return slots;
        for (var day = Monday.AddDays(-1); day <= Monday.AddDays(7); day = day.AddDays(1))
        {
            if (!hours.Days.Contains(day.DayOfWeek))
                continue;
            var start = ToUtc(day.ToDateTime(hours.Start), zone);
            var end = ToUtc(day.ToDateTime(hours.End), zone);
            var first = Math.Max(0, CeilingSlot(start));
            var last = Math.Min(Slots, CeilingSlot(end));
            for (var slot = first; slot < last; slot++)
                Bits.Set(slots, slot);
        }

        return slots;
    }

    /// <summary>A zone's offset from UTC in the middle of this week, in quarter hours.</summary>
    public int OffsetSlots(TimeZoneInfo zone) => (int)Math.Round(zone.GetUtcOffset(MidweekUtc).TotalMinutes / SlotMinutes);

    // A local time inside a spring-forward gap does not exist; GetUtcOffset gives the standard offset for it, which
    // places it an hour late in daylight time: good enough for working hours, which hardly ever start at 2 am.
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);

    // A quarter hour counts when it starts inside the working time, so 9:10–17:00 counts from 9:15.
    private int CeilingSlot(DateTime utc) => (int)Math.Ceiling((utc - StartUtc).TotalMinutes / SlotMinutes);
}
