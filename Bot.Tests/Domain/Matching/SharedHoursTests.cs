using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>
/// Shared working hours are counted in UTC over a concrete week, so daylight saving is right in the weeks when only
/// one side has changed its clocks (2026: the US on 8 March and 1 November, the EU on 29 March and 25 October).
/// </summary>
public sealed class SharedHoursTests
{
    [Theory]
    [InlineData("2026-01-12", 10.0)] // winter: New York 14–22 UTC, Paris 8–16 UTC
    [InlineData("2026-03-09", 15.0)] // the US on summer time, Europe not yet: 13–21 against 8–16
    [InlineData("2026-04-06", 10.0)] // both on summer time
    [InlineData("2026-10-26", 15.0)] // Europe back on winter time, the US not yet
    [InlineData("2026-11-02", 10.0)] // both on winter time again
    public void ParisAndNewYork_ShareMoreHours_InTheWeeksWhenOnlyOneHasChangedItsClocks(string week, double hours) =>
        Assert.Equal(hours, SharedHours("Europe/Paris", "America/New_York", DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AClockChangeInsideTheWeek_MovesOnlyTheDaysAfterIt()
    {
        // Both work every day; New York changes clocks on Sunday 8 March, the last day of this week: six days of
        // 2 shared hours and a Sunday of 3. One offset for the whole week would say 14 (or 21).
        var everyDay = Enum.GetValues<DayOfWeek>();
        Assert.Equal(15.0, SharedHours(People.NineToFive("Europe/Paris", everyDay), People.NineToFive("America/New_York", everyDay), new DateOnly(2026, 3, 4)));
    }

    [Theory]
    [InlineData("Asia/Kolkata", "Europe/Paris", 17.5)] // 3:30–11:30 UTC against 8–16
    [InlineData("America/St_Johns", "Europe/Paris", 17.5)] // 12:30–20:30 UTC against 8–16
    [InlineData("America/St_Johns", "America/New_York", 32.5)] // 12:30–20:30 against 14–22
    [InlineData("Asia/Kolkata", "America/St_Johns", 0.0)]
    public void HalfHourZones_CountTheirHalfHours(string a, string b, double hours) =>
        Assert.Equal(hours, SharedHours(a, b, People.January));

    [Fact]
    public void AcrossTheDateLine_LosAngelesFridayAfternoonIsTokyoSaturday()
    {
        // LA's 16:00–17:00 is Tokyo's 9:00–10:00 the next day: Monday to Thursday only.
        Assert.Equal(4.0, SharedHours("America/Los_Angeles", "Asia/Tokyo", People.January));
    }

    [Fact]
    public void AWeekOfWork_IsCountedWhole_EvenWhereTheLocalWeekStraddlesTheUtcWeek()
    {
        // Auckland's Monday 9:00 is Sunday 20:00 UTC, before the UTC week starts: the Monday after fills the gap.
        var week = new ReferenceWeek(People.January);
        TimeZones.TryFind("Pacific/Auckland", out var auckland);

        var slots = week.WorkingSlots(People.NineToFive("Pacific/Auckland"), auckland);

        Assert.Equal(40 * ReferenceWeek.SlotsPerHour, slots.Sum(w => System.Numerics.BitOperations.PopCount(w)));
    }

    [Fact]
    public void WindowsAndIanaIdsOfOneZone_GiveTheSameHours() =>
        Assert.Equal(
            SharedHours("Europe/Paris", "America/New_York", new DateOnly(2026, 3, 9)),
            SharedHours("Romance Standard Time", "Eastern Standard Time", new DateOnly(2026, 3, 9)));

    [Fact]
    public void OddStartTimes_CountFromTheNextQuarterHour()
    {
        var late = new WorkingHours(new TimeOnly(9, 10), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris");
        Assert.Equal(5 * 7.75, SharedHours(late, People.NineToFive("Europe/Paris"), People.January));
    }

    [Theory]
    [InlineData("2026-01-14", "Europe/Paris", "America/New_York", 6.0)]
    [InlineData("2026-03-11", "Europe/Paris", "America/New_York", 5.0)]
    [InlineData("2026-01-14", "Asia/Kolkata", "America/St_Johns", 9.0)]
    [InlineData("2026-07-15", "Asia/Kolkata", "America/St_Johns", 8.0)]
    public void TimeZoneDistance_IsTheOffsetsApartInTheMiddleOfTheWeek(string date, string a, string b, double apart)
    {
        var score = People.Explain(People.Mentee() with { WorkingHours = People.NineToFive(a) }, People.Mentor() with { WorkingHours = People.NineToFive(b) }, week: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var zone = score[MatchComponent.TimeZone];
        Assert.Equal(new MatchReason(MatchReasonKeys.TimeZoneApart, apart).ToString(), zone.Reason.ToString());
        Assert.Equal((int)Math.Round(100 * (12 - apart) / 12, MidpointRounding.AwayFromZero), zone.Points);
    }

    private static double SharedHours(string a, string b, DateOnly week) => SharedHours(People.NineToFive(a), People.NineToFive(b), week);

    private static double SharedHours(WorkingHours a, WorkingHours b, DateOnly week)
    {
        var score = People.Explain(People.Mentee() with { WorkingHours = a }, People.Mentor() with { WorkingHours = b }, week: week);
        var hours = score[MatchComponent.SharedHours].Reason;
        return hours.MessageKey == MatchReasonKeys.NoSharedHours ? 0 : Assert.IsType<double>(Assert.Single(hours.Arguments));
    }
}
