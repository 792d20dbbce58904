using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Scheduling;

/// <summary>The horizon free/busy is asked for, and the working-hours check a posted-back slot must pass.</summary>
public sealed class SlotChecksTests
{
    private static readonly WorkingHours Paris = new(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris");
    private static readonly WorkingHours NewYork = new(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "America/New_York");

    // Monday 15 March 2027, 08:00 UTC (09:00 in Paris).
    private static readonly DateTimeOffset Monday = new(2027, 3, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Horizon_RunsFromTheEarliestStart_ToTheEndOfTheMentorsTenthWorkingDay()
    {
        var horizon = SlotFinder.Horizon(new SlotSearch { Mentor = Paris, Mentee = NewYork, Now = Monday });

        Assert.Equal(Monday.AddHours(1), horizon.Start);

        // Ten working days from Monday 15: Friday 26 March, 17:00 in Paris (UTC+1 until the 28th).
        Assert.Equal(new DateTimeOffset(2027, 3, 26, 16, 0, 0, TimeSpan.Zero), horizon.End);
    }

    [Fact]
    public void Horizon_StartsWhenTheCadenceSaysTheNextMeetingIsDue()
    {
        var horizon = SlotFinder.Horizon(new SlotSearch { Mentor = Paris, Mentee = NewYork, Now = Monday, LastMeeting = Monday.AddDays(-3), Cadence = Cadence.Fortnightly });

        Assert.Equal(Monday.AddDays(11), horizon.Start);
    }

    [Theory]
    [InlineData(14, 0, true)]   // 15:00 Paris, 10:00 New York
    [InlineData(7, 0, false)]   // 08:00 Paris: before the mentor's day
    [InlineData(15, 30, true)]  // 16:30–17:00 Paris: ends as the day ends
    [InlineData(16, 30, false)] // 17:30 Paris
    public void WithinWorkingHours_ReadsTheSlotOnThePersonsOwnClock(int utcHour, int utcMinute, bool inside)
    {
        var start = new DateTimeOffset(2027, 3, 16, utcHour, utcMinute, 0, TimeSpan.Zero);

        Assert.Equal(inside, SlotFinder.WithinWorkingHours(Paris, new TimeRange(start, start.AddMinutes(30))));
    }

    [Fact]
    public void WithinWorkingHours_RefusesASlotOnADayOff_AndOneThatStraddlesTheEndOfTheDay()
    {
        var saturday = new DateTimeOffset(2027, 3, 20, 10, 0, 0, TimeSpan.Zero);
        var late = new DateTimeOffset(2027, 3, 16, 15, 30, 0, TimeSpan.Zero);

        Assert.False(SlotFinder.WithinWorkingHours(Paris, new TimeRange(saturday, saturday.AddHours(1))));
        Assert.False(SlotFinder.WithinWorkingHours(Paris, new TimeRange(late, late.AddHours(1))));
        Assert.True(SlotFinder.WithinWorkingHours(NewYork, new TimeRange(late, late.AddHours(1))));
    }
}
