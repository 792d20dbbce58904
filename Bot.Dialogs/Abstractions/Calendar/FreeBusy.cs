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
}

/// <summary>
/// One person's busy blocks (UTC; tentative and out-of-office count as busy) and the service's own summary of the
/// window, <see cref="AvailabilityView"/>.
/// </summary>
public sealed record PersonSchedule(string Person, IReadOnlyList<TimeRange> Busy, AvailabilityView View);

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
