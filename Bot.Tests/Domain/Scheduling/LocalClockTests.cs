using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Scheduling;

public sealed class LocalClockTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void ATimeSkippedWhenClocksGoForward_BecomesTheEndOfTheGap() =>
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), LocalClock.ToInstant(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), Paris));

    [Fact]
    public void ATimeThatHappensTwiceWhenClocksGoBack_IsItsFirstOccurrence() =>
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), LocalClock.ToInstant(new DateOnly(2027, 10, 31), new TimeOnly(2, 30), Paris));

    [Theory]
    [InlineData("America/St_Johns", 1, 12, 30)]
    [InlineData("America/St_Johns", 7, 11, 30)]
    [InlineData("Asia/Kolkata", 1, 3, 30)]
    [InlineData("Asia/Kathmandu", 1, 3, 15)]
    public void NineInTheMorning_IsTheRightInstant_InHalfAndQuarterHourZones(string zone, int month, int utcHour, int utcMinute) =>
        Assert.Equal(
            new DateTimeOffset(2027, month, 12, utcHour, utcMinute, 0, TimeSpan.Zero),
            LocalClock.ToInstant(new DateOnly(2027, month, 12), new TimeOnly(9, 0), TimeZoneInfo.FindSystemTimeZoneById(zone)));
}
