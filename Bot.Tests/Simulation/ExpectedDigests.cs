namespace MentorBot.Tests.Simulation;

/// <summary>
/// The scheduled digests the rules promise, worked out here from the scenario alone (no call into the domain's digest
/// schedule, period or key code): at each run of the digest job while the host is up, each destination gets the digest
/// of the period its own clock is in (a Monday-to-Sunday week numbered as ISO 8601 does, or a calendar month) once its
/// digest day (that weekday of the week; the first such weekday of the month) has reached the local hour, if that day is
/// on or after the programme's start and the destination has not had that period's digest. A period whose remaining
/// runs all fall while the host is down gets none.
/// </summary>
public sealed class ExpectedDigests(IReadOnlyList<DigestDestination> destinations, int localHour)
{
    private readonly HashSet<(DigestDestination, string)> _sent = [];

    public IReadOnlyList<DigestDestination> Destinations => destinations;

    public List<ExpectedDigest> All { get; } = [];

    /// <summary>Applies one run of the job at <paramref name="now"/>.</summary>
    public void Run(DateTimeOffset now)
    {
        foreach (var destination in destinations)
        {
            var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(destination.TimeZone)).DateTime;
            var date = DateOnly.FromDateTime(local);
            var day = DigestDay(destination, date);
            var period = Period(destination.Monthly, date);
            if (day >= destination.StartDate && local >= day.ToDateTime(new TimeOnly(localHour, 0)) && _sent.Add((destination, period)))
                All.Add(new ExpectedDigest(destination, period, now));
        }
    }

    /// <summary>"2027-W09" (the week of the Thursday, numbered from the year's first Thursday) or "2027-03".</summary>
    public static string Period(bool monthly, DateOnly date)
    {
        if (monthly)
            return $"{date.Year:0000}-{date.Month:00}";
        var thursday = date.AddDays(3 - (((int)date.DayOfWeek + 6) % 7));
        return $"{thursday.Year:0000}-W{((thursday.DayOfYear - 1) / 7) + 1:00}";
    }

    public static DateOnly DigestDay(DigestDestination destination, DateOnly date)
    {
        if (destination.Monthly)
            return Enumerable.Range(1, 7).Select(d => new DateOnly(date.Year, date.Month, d)).First(d => d.DayOfWeek == destination.Day);
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return Enumerable.Range(0, 7).Select(monday.AddDays).First(d => d.DayOfWeek == destination.Day);
    }
}

/// <summary>
/// Where one programme's digest goes and on whose clock: a lead's personal chat (<see cref="Address"/> their object id)
/// or a channel ("channel:" and its id), weekly or monthly on <see cref="Day"/>.
/// </summary>
public sealed record DigestDestination(string ProgrammeId, string Address, string TimeZone, bool Monthly, DayOfWeek Day, DateOnly StartDate);

/// <summary>One digest the rules promise: where, for which period, at which run.</summary>
public sealed record ExpectedDigest(DigestDestination Destination, string Period, DateTimeOffset At)
{
    /// <summary>The idempotency key it must be sent under: ("digest", programme : destination, period).</summary>
    public string Key => $"digest:{Destination.ProgrammeId}:{Destination.Address}:{Period}";
}
