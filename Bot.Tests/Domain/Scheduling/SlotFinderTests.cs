using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Scheduling;

/// <summary>
/// Slots across time zones, daylight-saving changes (the weeks when only one side has changed) and half-hour
/// offsets; and the rules of the offer: never in the past, cadence, busy blocks, spread over days, horizon.
/// </summary>
public sealed class SlotFinderTests
{
    private static readonly WorkingHours Paris = Hours("Europe/Paris");
    private static readonly WorkingHours NewYork = Hours("America/New_York");

    // Paris and New York, both 09:00-17:00: their shared hours, in UTC, move with each side's change of clocks.
    [Theory]
    [InlineData("2027-03-08", 14, 15)] // both on winter time: 14:00-16:00 UTC shared
    [InlineData("2027-03-15", 13, 15)] // New York changed on 14 March, Paris not yet: 13:00-16:00 UTC
    [InlineData("2027-03-29", 13, 14)] // both on summer time: 13:00-15:00 UTC
    [InlineData("2027-10-25", 13, 14)] // both on summer time
    [InlineData("2027-11-01", 13, 15)] // Paris changed on 31 October, New York not until 7 November
    [InlineData("2027-11-08", 14, 15)] // both on winter time
    public void ParisAndNewYork_ShareTheHoursTheirClocksShare_AcrossDaylightSavingChanges(string monday, int firstUtcHour, int secondUtcHour)
    {
        var slots = SlotFinder.Find(Search(Paris, NewYork, Utc(monday, 0)) with { HorizonWorkingDays = 1, MaxSlots = 2 });

        Assert.Equal([Utc(monday, firstUtcHour), Utc(monday, secondUtcHour)], slots.Select(s => s.Start));
        Assert.All(slots, slot => AssertInside(slot, Paris, NewYork));
    }

    [Fact]
    public void AcrossTheWeekendParisChanges_EachDayUsesItsOwnOffset()
    {
        var slots = SlotFinder.Find(Search(Paris, NewYork, Utc("2027-03-26", 0)) with { HorizonWorkingDays = 2, MaxSlots = 4 });

        Assert.Equal([Utc("2027-03-26", 13), Utc("2027-03-26", 15), Utc("2027-03-29", 13), Utc("2027-03-29", 14)], slots.Select(s => s.Start));
    }

    [Fact]
    public void Kolkata_WithItsHalfHourOffset_MeetsParisOnLocalHalfHours()
    {
        var kolkata = Hours("Asia/Kolkata", end: 18);

        var slots = SlotFinder.Find(Search(kolkata, Paris, Utc("2027-01-11", 0)) with { Length = MeetingLength.FortyFiveMinutes, HorizonWorkingDays = 1, MaxSlots = 2 });

        var india = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        Assert.Equal([new TimeOnly(13, 30), new TimeOnly(17, 15)], slots.Select(s => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Start, india).DateTime)));
        Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(slots[^1].End, india).DateTime));
        Assert.All(slots, slot => AssertInside(slot, kolkata, Paris));
    }

    [Theory]
    [InlineData("2027-01-11", "12:30", "15:30")] // Newfoundland Standard Time, UTC-3:30
    [InlineData("2027-07-12", "11:30", "14:30")] // Newfoundland Daylight Time, UTC-2:30, Paris on summer time
    public void StJohns_WithItsHalfHourOffset_MeetsParis_WinterAndSummer(string monday, string first, string second)
    {
        var stJohns = Hours("America/St_Johns");

        var slots = SlotFinder.Find(Search(stJohns, Paris, Utc(monday, 0)) with { Length = MeetingLength.ThirtyMinutes, HorizonWorkingDays = 1, MaxSlots = 2 });

        Assert.Equal([Utc(monday, TimeOnly.Parse(first, null)), Utc(monday, TimeOnly.Parse(second, null))], slots.Select(s => s.Start));
        Assert.All(slots, slot => AssertInside(slot, stJohns, Paris));
    }

    [Fact]
    public void PeopleWhoseWorkingHoursNeverMeet_GetNoSlots() =>
        Assert.Empty(SlotFinder.Find(Search(Hours("Asia/Kolkata"), Hours("America/Los_Angeles"), Utc("2027-01-11", 0))));

    [Fact]
    public void WithoutBusyBlocks_FiveSlotsOnFiveDifferentDays()
    {
        var slots = SlotFinder.Find(Search(Paris, NewYork, Utc("2027-03-15", 0)));

        Assert.Equal(5, slots.Count);
        Assert.Equal(5, slots.Select(s => s.Start.Date).Distinct().Count());
    }

    [Fact]
    public void WithFewFreeDays_UpToTwoSlotsADay_AsFarApartAsTheDayAllows()
    {
        var monday = Utc("2027-03-15", 0);
        var busyButTuesdayAndThursday = new[] { 0, 2, 4, 7, 8, 9, 10, 11 }.Select(d => new TimeRange(monday.AddDays(d), monday.AddDays(d + 1))).ToList();

        var slots = SlotFinder.Find(Search(Paris, NewYork, monday) with { Busy = busyButTuesdayAndThursday });

        Assert.Equal([Utc("2027-03-16", 13), Utc("2027-03-16", 15), Utc("2027-03-18", 13), Utc("2027-03-18", 15)], slots.Select(s => s.Start));
    }

    [Fact]
    public void BusyBlocks_PushSlotsAside()
    {
        var busy = new TimeRange(Utc("2027-03-15", 12), Utc("2027-03-15", 14, 30));

        var slots = SlotFinder.Find(Search(Paris, NewYork, Utc("2027-03-15", 0)) with { Busy = [busy], HorizonWorkingDays = 1, MaxSlots = 1 });

        Assert.Equal([Utc("2027-03-15", 14, 30)], slots.Select(s => s.Start));
    }

    [Theory]
    [InlineData(MeetingLength.SixtyMinutes, "2027-03-16T13:00:00Z")] // nothing left on Monday after 15:30 for an hour
    [InlineData(MeetingLength.ThirtyMinutes, "2027-03-15T15:30:00Z")]
    public void NoSlotStartsBeforeNowAndTheNotice(MeetingLength length, string expected)
    {
        var now = Utc("2027-03-15", 14, 20);

        var slots = SlotFinder.Find(Search(Paris, NewYork, now) with { Length = length, MinimumNotice = TimeSpan.FromHours(1) });

        Assert.Equal(DateTimeOffset.Parse(expected, null), slots[0].Start);
        Assert.All(slots, slot => Assert.True(slot.Start >= now.AddHours(1)));
    }

    [Fact]
    public void TheCadence_KeepsSlotsAfterTheNextMeetingIsDue()
    {
        var now = Utc("2027-03-15", 0);

        var slots = SlotFinder.Find(Search(Paris, NewYork, now) with { LastMeeting = Utc("2027-03-11", 13), Cadence = Cadence.Weekly });

        Assert.Equal(Utc("2027-03-18", 13), slots[0].Start);
        Assert.All(slots, slot => Assert.True(slot.Start >= Utc("2027-03-18", 13)));
    }

    [Fact]
    public void TheHorizon_IsTenOfTheMentorsWorkingDays()
    {
        var monday = Utc("2027-03-15", 0);
        var search = Search(Paris, NewYork, monday);
        var allButDay = (int day) => Enumerable.Range(0, 30).Where(d => d != day).Select(d => new TimeRange(monday.AddDays(d), monday.AddDays(d + 1))).ToList();

        // The tenth working day from Monday 15 March is Friday 26 March (11 days on); the eleventh, Monday 29 March.
        Assert.Equal([Utc("2027-03-26", 13)], SlotFinder.Find(search with { Busy = allButDay(11), MaxSlots = 1 }).Select(s => s.Start));
        Assert.Empty(SlotFinder.Find(search with { Busy = allButDay(14) }));
    }

    [Fact]
    public void UnusableWorkingHours_AreRefused() =>
        Assert.Throws<ArgumentException>(() => SlotFinder.Find(Search(Paris, NewYork with { TimeZone = "Mars/Olympus" }, Utc("2027-03-15", 0))));

    internal static WorkingHours Hours(string zone, int start = 9, int end = 17) => new(new TimeOnly(start, 0), new TimeOnly(end, 0), WorkingHours.WeekDays, zone);

    internal static void AssertInside(TimeRange slot, params WorkingHours[] people)
    {
        foreach (var hours in people)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);
            var start = TimeZoneInfo.ConvertTime(slot.Start, zone);
            var end = TimeZoneInfo.ConvertTime(slot.End, zone);
            Assert.True(start.Date == end.Date && hours.Days.Contains(start.DayOfWeek), $"{slot} is not within one working day in {hours.TimeZone}.");
            Assert.True(TimeOnly.FromDateTime(start.DateTime) >= hours.Start && TimeOnly.FromDateTime(end.DateTime) <= hours.End, $"{slot} is outside {hours.Start}-{hours.End} in {hours.TimeZone}.");
        }
    }

    private static SlotSearch Search(WorkingHours mentor, WorkingHours mentee, DateTimeOffset now) =>
        new() { Mentor = mentor, Mentee = mentee, Now = now, MinimumNotice = TimeSpan.Zero, Length = MeetingLength.SixtyMinutes };

    private static DateTimeOffset Utc(string date, int hour, int minute = 0) => Utc(date, new TimeOnly(hour, minute));

    private static DateTimeOffset Utc(string date, TimeOnly time) => new(DateOnly.Parse(date, null).ToDateTime(time), TimeSpan.Zero);
}
