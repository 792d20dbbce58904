using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Abstractions.Calendar;

/// <summary>What the calendars say about a window, one schedule per person asked, in the order asked.</summary>
public sealed record FreeBusy(TimeRange Window, IReadOnlyList<PersonSchedule> Schedules)
{
    public PersonSchedule For(string person) =>
        Schedules.FirstOrDefault(s => string.Equals(s.Person, person, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No schedule was asked for {person}.");

    /// <summary>Every busy block of everyone, as the slot finder takes them.</summary>
    public IReadOnlyList<TimeRange> AllBusy => TimeRanges.Merge(Schedules.SelectMany(s => s.Busy));

    /// <summary>Every busy block of everyone but <paramref name="meeting"/>'s own item in each calendar (it is what moves).</summary>
    public IReadOnlyList<TimeRange> AllBusyExcept(TimeRange meeting) => TimeRanges.Merge(Schedules.SelectMany(s => s.BusyExcept(meeting)));
}

/// <summary>
/// One person's busy blocks (UTC; tentative and out-of-office count as busy) and the service's own summary of the
/// window, <see cref="AvailabilityView"/>.
/// </summary>
public sealed record PersonSchedule(string Person, IReadOnlyList<TimeRange> Busy, AvailabilityView View)
{
    /// <summary>The calendar's items that are not free, one each, unmerged (empty when the service hid them).</summary>
    public IReadOnlyList<TimeRange> Items { get; init; } = [];

    /// <summary>
    /// Busy without the one item at exactly <paramref name="meeting"/>'s time: the meeting being moved frees its own
    /// time, and nothing else that overlaps it. The view is left out then, as it cannot tell that item from another at
    /// the same time. A calendar with no such item (hidden items) stays as busy as it is.
    /// </summary>
    public IReadOnlyList<TimeRange> BusyExcept(TimeRange meeting)
    {
        var own = Items.ToList().IndexOf(meeting);
        return own < 0 ? Busy : TimeRanges.Merge(Items.Where((_, i) => i != own));
    }
}

/// <summary>
/// The window cut into equal intervals from <see cref="Start"/>, one digit each: 0 free (or working elsewhere),
/// 1 tentative, 2 busy, 3 out of office, 4 working elsewhere.
/// </summary>
public sealed record AvailabilityView(DateTimeOffset Start, TimeSpan Interval, string Slots)
{
    /// <summary>The intervals the view marks as anything but free.</summary>
    public IReadOnlyList<TimeRange> BusyRanges() =>
        TimeRanges.Merge(Slots.Select((slot, i) => (slot, i))
            .Where(s => s.slot is '1' or '2' or '3')
            .Select(s => new TimeRange(Start + (Interval * s.i), Start + (Interval * (s.i + 1)))));
}
