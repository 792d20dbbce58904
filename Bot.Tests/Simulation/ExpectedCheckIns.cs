using System.Globalization;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// The check-ins the rules promise, worked out here from the scenario alone (no call into the domain's schedule,
/// working-hours or pause code): at each run of the job, a person gets a check-in when they are inside their
/// working hours and neither of the pair is paused, and either a booked meeting they have not had one for ended
/// after their last one, or (no such meeting ahead) 14 days passed since their last one or the pair's start.
/// </summary>
public sealed class ExpectedCheckIns
{
    private readonly Dictionary<string, (DateTimeOffset? Last, HashSet<string> Periods)> _people = [];

    public List<ExpectedCheckIn> All { get; } = [];

    /// <summary>Applies one run of the job at <paramref name="now"/>.</summary>
    public void Run(IEnumerable<SimulatedPair> pairs, DateTimeOffset now, int everyDays)
    {
        foreach (var pair in pairs)
        {
            if (IsPaused(pair, pair.Mentee, now) || IsPaused(pair, pair.Mentor, now))
                continue;
            Consider(pair, pair.Mentee, now, everyDays);
            Consider(pair, pair.Mentor, now, everyDays);
        }
    }

    public static bool IsPaused(SimulatedPair pair, Participant person, DateTimeOffset now)
    {
        if (pair.Behaviour != PairBehaviour.PausedPartWay || person != pair.Pauser || now < pair.PauseSetAt)
            return false;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(person.WorkingHours!.TimeZone);
        var ends = TimeZoneInfo.ConvertTimeToUtc(pair.PausedUntil.ToDateTime(TimeOnly.MinValue), zone);
        return now < ends;
    }

    public static bool IsWorking(Participant person, DateTimeOffset now)
    {
        var hours = person.WorkingHours!;
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone));
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return hours.Days.Contains(local.DayOfWeek) && time >= hours.Start && time < hours.End;
    }

    private void Consider(SimulatedPair pair, Participant person, DateTimeOffset now, int everyDays)
    {
        if (!IsWorking(person, now))
            return;
        var key = pair.Id + "|" + person.UserObjectId;
        if (!_people.TryGetValue(key, out var state))
            _people[key] = state = (null, []);

        var meeting = pair.MeetingAt(now);
        string? period = null;
        if (meeting is not null && !state.Periods.Contains(Format(meeting.Start) + "m") && (state.Last is null || meeting.End > state.Last))
            period = meeting.End <= now ? Format(meeting.Start) + "m" : null;
        else if ((state.Last ?? pair.Started).AddDays(everyDays) is var nominal && nominal <= now)
            period = Format(nominal) + "e";
        if (period is null)
            return;

        state.Periods.Add(period);
        _people[key] = (now, state.Periods);
        All.Add(new ExpectedCheckIn(pair, person, period, now));
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One check-in the rules promise: to whom, for which period, at which run.</summary>
public sealed record ExpectedCheckIn(SimulatedPair Pair, Participant Person, string Period, DateTimeOffset At)
{
    /// <summary>The idempotency key it must be sent under: ("checkin", pair | tenant | person, period).</summary>
    public string Key => $"checkin:{Pair.Id}|{Person.TenantId}|{Person.UserObjectId}:{Period}";
}
