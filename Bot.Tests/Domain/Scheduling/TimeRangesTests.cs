using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Scheduling;

public sealed class TimeRangesTests
{
    [Fact]
    public void Merge_JoinsOverlappingAndTouchingRanges_AndDropsEmptyOnes()
    {
        var merged = TimeRanges.Merge([R(10, 11), R(9, 10), R(12, 13), R(12, 12), R(12, 14), R(15, 16)]);

        Assert.Equal([R(9, 11), R(12, 14), R(15, 16)], merged);
    }

    [Fact]
    public void Subtract_CutsHolesAndTrimsEnds()
    {
        var left = TimeRanges.Subtract([R(8, 18)], [R(7, 9), R(12, 13), R(12, 12), R(17, 19)]);

        Assert.Equal([R(9, 12), R(13, 17)], left);
    }

    [Fact]
    public void Intersect_KeepsOnlySharedTime()
    {
        var shared = TimeRanges.Intersect([R(8, 12), R(13, 18)], [R(11, 14), R(17, 20)]);

        Assert.Equal([R(11, 12), R(13, 14), R(17, 18)], shared);
    }

    [Fact]
    public void TimeRange_EndingBeforeItStarts_IsRefused() =>
        Assert.Throws<ArgumentException>(() => R(10, 9));

    [Fact]
    public void TimeRange_IsKeptInUtc_AndTouchingRangesDoNotOverlap()
    {
        var paris = new TimeRange(new DateTimeOffset(2027, 3, 16, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 3, 16, 11, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(R(9, 10), paris);
        Assert.Equal(TimeSpan.Zero, paris.Start.Offset);
        Assert.False(R(9, 10).Overlaps(R(10, 11)));
        Assert.True(R(9, 10).Overlaps(R(9, 9, 30)));
    }

    private static TimeRange R(int from, int to, int toMinute = 0) =>
        new(new DateTimeOffset(2027, 3, 16, from, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 16, to, toMinute, 0, TimeSpan.Zero));
}
