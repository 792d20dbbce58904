using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>
/// The first moment inside someone's working hours, on their own clock, for messages that must not arrive at night
/// (check-ins, nudges). Someone without usable working hours is treated as working 09:00–17:00 on weekdays, in UTC.
/// </summary>
public static class WorkingMoments
{
    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Etc/UTC");

    public static WorkingHours Usable(WorkingHours? hours) => hours is not null && !hours.Check().Any() ? hours : Default;

    public static TimeZoneInfo ZoneOf(WorkingHours? hours) => TimeZones.TryFind(Usable(hours).TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary><paramref name="instant"/> itself when it is inside the working hours, else the start of the next working period.</summary>
    public static DateTimeOffset AtOrAfter(DateTimeOffset instant, WorkingHours? hours)
    {
        var usable = Usable(hours);
        var zone = ZoneOf(usable);
        var date = LocalClock.DateAt(instant, zone);

        // A week and a day reaches the next working day whatever the days are (at least one, by Check).
        for (var day = date; day <= date.AddDays(8); day = day.AddDays(1))
        {
            if (!usable.Days.Contains(day.DayOfWeek))
                continue;
            var start = LocalClock.ToInstant(day, usable.Start, zone);
            var end = LocalClock.ToInstant(day, usable.End, zone);
            if (instant < end)
                return instant > start ? instant : start;
        }

        throw new InvalidOperationException("Working hours with at least one day always have a next working moment.");
    }

    public static bool IsInside(DateTimeOffset instant, WorkingHours? hours) => AtOrAfter(instant, hours) == instant;
}
