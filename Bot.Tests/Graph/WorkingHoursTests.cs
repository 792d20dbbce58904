using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Graph;

/// <summary>Working hours from mailbox settings: time zone names made IANA, cached, and one getSchedule per suggestion.</summary>
public sealed class WorkingHoursTests
{
    [Theory]
    [InlineData("Romance Standard Time", "Romance Standard Time", "Europe/Paris")]
    [InlineData("Eastern Standard Time", "Eastern Standard Time", "America/New_York")]
    [InlineData("Asia/Kolkata", "India Standard Time", "Asia/Kolkata")]
    [InlineData("Newfoundland Standard Time", "UTC", "America/St_Johns")]
    [InlineData(GraphPerson.CustomTimeZone, "Pacific Standard Time", "America/Los_Angeles")]
    public async Task WorkingHours_ComeFromTheMailbox_WithAnIanaTimeZone(string workingZone, string mailboxZone, string expected)
    {
        var person = GraphRig.Mentor with { WorkTimeZone = workingZone, MailboxTimeZone = mailboxZone, WorkStart = "08:30:00.0000000", WorkEnd = "16:45:00.0000000", WorkDays = ["sunday", "monday", "tuesday", "wednesday", "thursday"] };
        await using var rig = await GraphRig.StartAsync(null, person);

        var result = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, person.Id, CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        var hours = result.Value!;
        Assert.Equal(expected, hours.TimeZone);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(16, 45)), (hours.Start, hours.End));
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], hours.Days);
        Assert.Equal($"/v1.0/users/{person.Id}/mailboxSettings", Assert.Single(rig.Graph.RequestsTo(GraphRoute.MailboxSettings)).Path);
    }

    [Fact]
    public async Task WorkingHours_InAZoneNobodyKnows_AreAFailure_NotAGuess()
    {
        var person = GraphRig.Mentor with { WorkTimeZone = GraphPerson.CustomTimeZone, MailboxTimeZone = "Mars Standard Time" };
        await using var rig = await GraphRig.StartAsync(null, person);

        var result = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, person.Id, CancellationToken.None);

        Assert.Equal(CalendarOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task WorkingHours_AreReadOnce_ThenAgainOnlyAfterTheCacheDuration()
    {
        await using var rig = await GraphRig.StartAsync(options => options.CacheDuration = TimeSpan.FromMinutes(30));

        await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);
        await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);
        Assert.Equal(1, rig.Graph.Count(GraphRoute.MailboxSettings));

        rig.Clock.Advance(TimeSpan.FromMinutes(31));
        var again = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);

        Assert.True(again.IsOk, again.ToString());
        Assert.Equal(2, rig.Graph.Count(GraphRoute.MailboxSettings));
    }

    [Fact]
    public async Task WorkingHours_Refused_AreConsentMissing_AndNotCached()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.MailboxSettings, GraphAnswer.Forbidden());

        var refused = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);
        var granted = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);

        Assert.Equal(CalendarOutcome.ConsentMissing, refused.Outcome);
        Assert.True(granted.IsOk, granted.ToString());
    }

    [Fact]
    public async Task ASuggestion_IsOneGetScheduleRequest_AndMailboxSettingsAreReadOncePerPerson()
    {
        var mentor = GraphRig.Mentor with { Calendar = [new(FreeBusyTests.At(16, 14), FreeBusyTests.At(16, 15))] };
        await using var rig = await GraphRig.StartAsync(null, mentor, GraphRig.Mentee);

        var first = await SuggestAsync(rig, mentor.Id, GraphRig.Mentee.Id);
        var second = await SuggestAsync(rig, mentor.Id, GraphRig.Mentee.Id);

        Assert.Equal(2, rig.Graph.Count(GraphRoute.GetSchedule));
        Assert.Equal(2, rig.Graph.Count(GraphRoute.MailboxSettings));
        Assert.Equal(2, rig.Graph.Count(GraphRoute.User));
        Assert.Equal(first, second);
        Assert.InRange(first.Count, 3, 5);
        Assert.DoesNotContain(first, slot => slot.Overlaps(mentor.Calendar[0].Start, mentor.Calendar[0].End));
    }

    // What "find a time" does with the port: both people's working hours, one free/busy for both, the slot finder.
    private static async Task<IReadOnlyList<TimeRange>> SuggestAsync(GraphRig rig, string mentor, string mentee)
    {
        var now = rig.Clock.GetUtcNow();
        var mentorHours = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, mentor, CancellationToken.None);
        var menteeHours = await rig.Calendar.GetWorkingHoursAsync(GraphRig.TenantId, mentee, CancellationToken.None);
        var busy = await rig.Calendar.GetFreeBusyAsync(GraphRig.TenantId, [mentor, mentee], new TimeRange(now, now.AddDays(21)), CancellationToken.None);
        Assert.True(mentorHours.IsOk && menteeHours.IsOk && busy.IsOk, $"{mentorHours} / {menteeHours} / {busy}");
        return SlotFinder.Find(new SlotSearch { Mentor = mentorHours.Value!, Mentee = menteeHours.Value!, Busy = busy.Value!.AllBusy, Now = now, Length = MeetingLength.SixtyMinutes });
    }
}

internal static class TimeRangeAssertions
{
    public static bool Overlaps(this TimeRange range, DateTimeOffset start, DateTimeOffset end) => range.Overlaps(new TimeRange(start, end));
}
