using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.Digests;

/// <summary>
/// When a scheduled digest is due: on the day (weekly) or the first such weekday of the month (monthly), at the local
/// hour of the destination's time zone, once per period, still due later in its period after a missed hour, never in
/// a later period. Examples, then properties over zones (with and without daylight saving, odd offsets), days, hours and
/// a dispatcher that runs every 15 minutes with the host down for days at a time.
/// </summary>
public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly string[] Zones =
        ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Kiritimati", "Pacific/Pago_Pago"];

    public static Arbitrary<int> Seeds { get; } = Arb.From(Gen.Choose(0, 1_000_000));

    [Theory]
    [InlineData("2026-11-30", "2026-W49")]
    [InlineData("2026-12-02", "2026-W49")]
    [InlineData("2026-12-06", "2026-W49")]
    [InlineData("2027-01-02", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2025-12-29", "2026-W01")]
    public void WeeklyPeriod_IsTheIsoWeek(string date, string period) =>
        Assert.Equal(period, DigestSchedule.PeriodOf(DigestFrequency.Weekly, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void MonthlyPeriod_IsTheCalendarMonth() =>
        Assert.Equal("2026-12", DigestSchedule.PeriodOf(DigestFrequency.Monthly, new DateOnly(2026, 12, 31)));

    [Fact]
    public void Weekly_IsDueAtTheLocalHourOfTheDay_AndStaysDueUntilTheWeekEnds()
    {
        var programme = Programme(DigestFrequency.Weekly, DayOfWeek.Monday);

        Assert.Null(DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 11, 30, 6, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DigestDue("2026-W49", new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero)), DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026-W49", DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 12, 6, 22, 59, 0, TimeSpan.Zero))!.Period);

        // Sunday 23:00 UTC is already Monday in Paris, before 8: the new week's is not due yet, and the old one's never again.
        Assert.Null(DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Monthly_IsDueOnTheFirstSuchWeekdayOfTheMonth_NotBefore_AndNeverForAPastMonth()
    {
        var programme = Programme(DigestFrequency.Monthly, DayOfWeek.Monday);

        // December 2026 starts on a Tuesday: its first Monday is the 7th.
        Assert.Null(DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DigestDue("2026-12", new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero)), DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026-12", DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2026, 12, 31, 22, 0, 0, TimeSpan.Zero))!.Period);

        // 1 January 2027 (a Friday): December's is over and January's first Monday is the 4th.
        Assert.Null(DigestSchedule.Due(programme, 8, Paris, new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 1), DigestSchedule.DayIn(programme.Digest with { Day = DayOfWeek.Tuesday }, new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void AnHourThatDoesNotExist_TheNightClocksGoForward_IsDueOnceTheyHaveJumped()
    {
        var programme = Programme(DigestFrequency.Weekly, DayOfWeek.Sunday);

        // 14 March 2027, New York: 02:00 EST becomes 03:00 EDT (07:00 UTC).
        Assert.Null(DigestSchedule.Due(programme, 2, NewYork, new DateTimeOffset(2027, 3, 14, 6, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 7, 0, 0, TimeSpan.Zero), DigestSchedule.Due(programme, 2, NewYork, new DateTimeOffset(2027, 3, 14, 7, 0, 0, TimeSpan.Zero))!.At);
    }

    [Fact]
    public void AClosedProgramme_OrOneNotStarted_HasNoScheduledDigest()
    {
        var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
        var open = Programme(DigestFrequency.Weekly, DayOfWeek.Monday);

        Assert.NotNull(DigestSchedule.Due(open, 8, Paris, now));
        Assert.Null(DigestSchedule.Due(open with { Status = ProgrammeStatus.Closed }, 8, Paris, now));
        Assert.Null(DigestSchedule.Due(open with { StartDate = new DateOnly(2026, 12, 1) }, 8, Paris, now));
    }

    [Property(MaxTest = 60)]
    public Property EveryPeriod_GetsOneDigest_AtOrAfterItsLocalHourOnItsDay_InsideThePeriod_WhenTheHostIsUpThen() => Prop.ForAll(Seeds, seed =>
    {
        var (programme, hour, zone, runs) = Scenario(seed);
        var sent = new Dictionary<string, DateTimeOffset>();
        foreach (var run in runs.Where(r => r.Up))
        {
            if (DigestSchedule.Due(programme, hour, zone, run.At) is { } due)
                sent.TryAdd(due.Period, run.At);
        }

        foreach (var (period, at) in sent)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var date = DateOnly.FromDateTime(local.DateTime);
            var day = ModelDay(programme.Digest, date);
            if (Model(programme.Digest.Frequency, date) != period || date < day || (date == day && local.Hour < hour && !zone.IsInvalidTime(day.ToDateTime(new TimeOnly(hour, 0)))))
                return false.Label($"{period} sent at {local:O} ({zone.Id}), digest day {day} at {hour}");
        }

        // Every period whose moment came while the host was up at some run of that period got one; no other period did.
        var expected = runs.Where(r => r.Up).Select(r => (r.At, Local: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.At, zone).DateTime)))
            .Where(r => r.Local >= ModelDay(programme.Digest, r.Local) && r.At >= Moment(ModelDay(programme.Digest, r.Local), hour, zone) && ModelDay(programme.Digest, r.Local) >= programme.StartDate)
            .Select(r => Model(programme.Digest.Frequency, r.Local)).ToHashSet();
        return expected.SetEquals(sent.Keys).Label($"expected {string.Join(",", expected.Order())}; sent {string.Join(",", sent.Keys.Order())}");
    });

    [Property(MaxTest = 200)]
    public Property TheDigestDay_IsTheSettingsWeekday_InTheSameIsoWeekOrTheFirstOfTheMonth() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 3 * 366));
        var settings = new DigestSettings(random.Next(2) == 0 ? DigestFrequency.Weekly : DigestFrequency.Monthly, (DayOfWeek)random.Next(7), null);
        var day = DigestSchedule.DayIn(settings, date);
        return day.DayOfWeek == settings.Day &&
               DigestSchedule.PeriodOf(settings.Frequency, day) == DigestSchedule.PeriodOf(settings.Frequency, date) &&
               (settings.Frequency == DigestFrequency.Weekly || day.Day <= 7);
    });

    // An independent model of the periods and days: Monday-based weeks counted by hand, the first weekday found by looking.
    private static string Model(DigestFrequency frequency, DateOnly date)
    {
        if (frequency == DigestFrequency.Monthly)
            return $"{date.Year:0000}-{date.Month:00}";
        var thursday = date.AddDays(3 - (((int)date.DayOfWeek + 6) % 7));
        var week = ((thursday.DayOfYear - 1) / 7) + 1;
        return $"{thursday.Year:0000}-W{week:00}";
    }

    private static DateOnly ModelDay(DigestSettings settings, DateOnly date)
    {
        if (settings.Frequency == DigestFrequency.Weekly)
        {
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            return Enumerable.Range(0, 7).Select(monday.AddDays).Single(d => d.DayOfWeek == settings.Day);
        }

        return Enumerable.Range(1, 7).Select(d => new DateOnly(date.Year, date.Month, d)).First(d => d.DayOfWeek == settings.Day);
    }

    // The first instant the zone's wall clock shows the hour or later on that day.
    private static DateTimeOffset Moment(DateOnly day, int hour, TimeZoneInfo zone)
    {
        var wall = day.ToDateTime(new TimeOnly(hour, 0));
        var at = new DateTimeOffset(wall.AddHours(-14), TimeSpan.Zero);
        at = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute - (at.Minute % 15), 0, TimeSpan.Zero);
        while (TimeZoneInfo.ConvertTime(at, zone).DateTime < wall)
            at = at.AddMinutes(15);
        return at;
    }

    private static (Programme Programme, int Hour, TimeZoneInfo Zone, List<(DateTimeOffset At, bool Up)> Runs) Scenario(int seed)
    {
        var random = new Random(seed);
        var frequency = random.Next(2) == 0 ? DigestFrequency.Weekly : DigestFrequency.Monthly;
        var start = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 365));
        var programme = Programme(frequency, (DayOfWeek)random.Next(7)) with { StartDate = start, EndDate = start.AddMonths(6) };
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[random.Next(Zones.Length)]);
        var runs = new List<(DateTimeOffset, bool)>();
        var at = new DateTimeOffset(start.AddDays(-3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(15 * random.Next(0, 4));
        var end = at.AddDays(frequency == DigestFrequency.Weekly ? 40 : 100);
        var downUntil = DateTimeOffset.MinValue;
        while (at < end)
        {
            // Now and then the host is down, from an hour to ten days.
            if (at >= downUntil && random.Next(400) == 0)
                downUntil = at.AddHours(random.Next(1, 240));
            runs.Add((at, at >= downUntil));
            at = at.AddMinutes(15);
        }

        return (programme, random.Next(0, 24), zone, runs);
    }

    private static Programme Programme(DigestFrequency frequency, DayOfWeek day) => new()
    {
        Id = "p-1",
        Name = "Digests",
        TenantId = "tenant-1",
        Leads = ["lead-1"],
        StartDate = new DateOnly(2026, 1, 5),
        EndDate = new DateOnly(2027, 6, 30),
        Digest = new DigestSettings(frequency, day, null),
    };
}
