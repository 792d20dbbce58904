using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>
/// Finds meeting slots free for both people and inside both people's working hours, each read on their own clock
/// (so daylight-saving changes and half-hour offsets fall out of the time zone rules, not out of fixed offsets).
/// Slots are spread over different days: first one per day, earliest days first; a second on a day only when
/// there are not enough days, as far from the first as the day allows.
/// </summary>
public static class SlotFinder
{
    /// <summary>Slots start on quarter hours, which are quarter hours on every clock in use (offsets are multiples of 15 minutes).</summary>
    public static readonly TimeSpan Grain = TimeSpan.FromMinutes(15);

    public static IReadOnlyList<TimeRange> Find(SlotSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var mentorZone = ZoneOf(search.Mentor, nameof(search.Mentor));
        var menteeZone = ZoneOf(search.Mentee, nameof(search.Mentee));
        if (search.MaxSlots < 1 || search.MaxPerDay < 1 || search.HorizonWorkingDays < 1)
            throw new ArgumentException("MaxSlots, MaxPerDay and HorizonWorkingDays must be at least 1.", nameof(search));

        var earliest = CeilingToGrain(search.Earliest);
        var length = search.Length.Duration();
        var days = new List<List<TimeRange>>();
        foreach (var mentorWindow in MentorWindows(search.Mentor, mentorZone, search.Earliest, search.HorizonWorkingDays))
        {
            var menteeWindows = WindowsAround(mentorWindow, search.Mentee, menteeZone);
            var free = TimeRanges.Subtract(TimeRanges.Intersect([mentorWindow], menteeWindows), search.Busy);
            var candidates = Candidates(free, earliest, length);
            if (candidates.Count > 0)
                days.Add(candidates);
        }

        return Pick(days, search.MaxSlots, search.MaxPerDay);
    }

    /// <summary>
    /// The stretch of time a search can place slots in: from <see cref="SlotSearch.Earliest"/> to the end of the
    /// mentor's last working window in the horizon. Free/busy is asked for this window, once, before searching.
    /// </summary>
    public static TimeRange Horizon(SlotSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var zone = ZoneOf(search.Mentor, nameof(search.Mentor));
        var earliest = search.Earliest;
        var last = MentorWindows(search.Mentor, zone, earliest, search.HorizonWorkingDays).Select(w => (TimeRange?)w).LastOrDefault();
        return new TimeRange(earliest, last is { } window && window.End > earliest ? window.End : earliest);
    }

    /// <summary>
    /// Whether <paramref name="slot"/> lies inside one working window of <paramref name="hours"/>, read on that
    /// person's own clock: a slot posted back from a card is checked against this before anything is booked.
    /// </summary>
    public static bool WithinWorkingHours(WorkingHours hours, TimeRange slot)
    {
        var zone = ZoneOf(hours, nameof(hours));
        return WindowsAround(slot, hours, zone).Any(w => w.Contains(slot));
    }

    /// <summary>The mentor's working windows on their next working days whose window has not ended by <paramref name="earliest"/>.</summary>
    private static IEnumerable<TimeRange> MentorWindows(WorkingHours hours, TimeZoneInfo zone, DateTimeOffset earliest, int workingDays)
    {
        var date = LocalClock.DateAt(earliest, zone);
        var found = 0;
        for (var scanned = 0; found < workingDays && scanned < 7 * (workingDays + 1); scanned++, date = date.AddDays(1))
        {
            if (!hours.Days.Contains(date.DayOfWeek))
                continue;
            var window = Window(hours, date, zone);
            if (window.End <= earliest)
                continue;
            found++;
            yield return window;
        }
    }

    /// <summary>The other person's windows on every date of theirs that can touch <paramref name="range"/>.</summary>
    private static List<TimeRange> WindowsAround(TimeRange range, WorkingHours hours, TimeZoneInfo zone)
    {
        var windows = new List<TimeRange>();
        var last = LocalClock.DateAt(range.End, zone).AddDays(1);
        for (var date = LocalClock.DateAt(range.Start, zone).AddDays(-1); date <= last; date = date.AddDays(1))
        {
            if (hours.Days.Contains(date.DayOfWeek))
                windows.Add(Window(hours, date, zone));
        }

        return windows;
    }

    private static TimeRange Window(WorkingHours hours, DateOnly date, TimeZoneInfo zone) =>
        new(LocalClock.ToInstant(date, hours.Start, zone), LocalClock.ToInstant(date, hours.End, zone));

    private static List<TimeRange> Candidates(IReadOnlyList<TimeRange> free, DateTimeOffset earliest, TimeSpan length)
    {
        var candidates = new List<TimeRange>();
        foreach (var range in free)
        {
            for (var start = CeilingToGrain(range.Start > earliest ? range.Start : earliest); start + length <= range.End; start += Grain)
                candidates.Add(new TimeRange(start, start + length));
        }

        return candidates;
    }

    // Round after round, each day (earliest first) gives the candidate farthest from what it already gave.
    private static List<TimeRange> Pick(List<List<TimeRange>> days, int maxSlots, int maxPerDay)
    {
        var picked = days.Select(_ => new List<TimeRange>()).ToList();
        var total = 0;
        for (var round = 0; round < maxPerDay && total < maxSlots; round++)
        {
            for (var day = 0; day < days.Count && total < maxSlots; day++)
            {
                var taken = picked[day];
                var best = days[day]
                    .Where(c => !taken.Any(t => t.Overlaps(c)))
                    .OrderByDescending(c => taken.Count == 0 ? TimeSpan.Zero : taken.Min(t => (c.Start - t.Start).Duration()))
                    .ThenBy(c => c.Start)
                    .Cast<TimeRange?>()
                    .FirstOrDefault();
                if (best is { } slot)
                {
                    taken.Add(slot);
                    total++;
                }
            }
        }

        return [.. picked.SelectMany(p => p).OrderBy(s => s.Start)];
    }

    private static DateTimeOffset CeilingToGrain(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        var rounded = (ticks + Grain.Ticks - 1) / Grain.Ticks * Grain.Ticks;
        return new DateTimeOffset(rounded, TimeSpan.Zero);
    }

    private static TimeZoneInfo ZoneOf(WorkingHours hours, string who)
    {
        ArgumentNullException.ThrowIfNull(hours, who);
        var errors = hours.Check().ToList();
        if (errors.Count > 0 || !TimeZones.TryFind(hours.TimeZone, out var zone))
            throw new ArgumentException($"{who}'s working hours are not usable: {string.Join(", ", errors.Select(e => e.Field))}.", who);
        return zone;
    }
}
