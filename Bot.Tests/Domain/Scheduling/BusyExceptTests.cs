using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Scheduling;

/// <summary>A meeting being moved frees its own calendar item, and nothing else that shares its time.</summary>
public sealed class BusyExceptTests
{
    private static readonly DateTimeOffset Day = new(2027, 3, 16, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeRange Meeting = R(14, 15);

    [Fact]
    public void TheMeetingsOwnItem_IsLeftOut_ButAnAppointmentInsideItsTimeStays()
    {
        var inside = new TimeRange(Day.AddHours(14.5), Day.AddHours(14.75));
        var schedule = Schedule([Meeting, inside, R(9, 10)]);

        Assert.Equal([R(9, 10), inside], schedule.BusyExcept(Meeting));
    }

    [Fact]
    public void OnlyOneItemAtExactlyThatTime_IsLeftOut_ASecondMeetingThenStays()
    {
        Assert.Equal([Meeting], Schedule([Meeting, Meeting]).BusyExcept(Meeting));
    }

    [Fact]
    public void HiddenItems_LeaveTheCalendarAsBusyAsItIs()
    {
        var hidden = new PersonSchedule("someone", [R(13, 16)], new AvailabilityView(Day, TimeSpan.FromMinutes(15), string.Empty));

        Assert.Equal([R(13, 16)], hidden.BusyExcept(Meeting));
    }

    [Fact]
    public void EveryonesBusy_LeavesOutEachPersonsOwnItemOnly()
    {
        var freeBusy = new FreeBusy(R(0, 24), [Schedule([Meeting]), Schedule([Meeting, R(14, 14.5)])]);

        Assert.Equal([R(14, 14.5)], freeBusy.AllBusyExcept(Meeting));
        Assert.Equal([Meeting], freeBusy.AllBusy);
    }

    private static PersonSchedule Schedule(TimeRange[] items) =>
        new("someone", TimeRanges.Merge(items), new AvailabilityView(Day, TimeSpan.FromMinutes(15), string.Empty)) { Items = items };

    private static TimeRange R(double from, double to) => new(Day.AddHours(from), Day.AddHours(to));
}
