using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Graph;

/// <summary>What Graph's refusals, throttling, outages and unreadable answers become: outcomes, never exceptions.</summary>
public sealed class GraphFailureTests
{
    private static readonly TimeRange Window = new(FreeBusyTests.At(16, 0), FreeBusyTests.At(17, 0));

    [Fact]
    public async Task FreeBusy_ThrottledOnce_IsRetriedAfterRetryAfter_AndReturnsTheSchedule()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.GetSchedule, GraphAnswer.TooManyRequests(retryAfter: "1"));

        var result = await FreeBusyAsync(rig);

        Assert.True(result.IsOk, result.ToString());
        var attempts = rig.Graph.RequestsTo(GraphRoute.GetSchedule);
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        var waited = attempts[1].ReceivedAt - attempts[0].ReceivedAt;
        Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"The retry came {waited.TotalMilliseconds} ms after the 429, before its Retry-After of 1 s.");
    }

    [Fact]
    public async Task FreeBusy_Forbidden_IsConsentMissing_AndIsNotRetried()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.GetSchedule, GraphAnswer.Forbidden());

        var result = await FreeBusyAsync(rig);

        Assert.Equal(CalendarOutcome.ConsentMissing, result.Outcome);
        Assert.Contains("ErrorAccessDenied", result.Detail, StringComparison.Ordinal);
        Assert.Equal(1, rig.Graph.Count(GraphRoute.GetSchedule));
    }

    [Fact]
    public async Task FreeBusy_UnavailableThroughEveryRetry_IsATransientFailure()
    {
        await using var rig = await GraphRig.StartAsync(options => options.MaxRetries = 2);
        rig.Graph.Script(GraphRoute.GetSchedule, GraphAnswer.ServiceUnavailable(), GraphAnswer.ServiceUnavailable(), GraphAnswer.ServiceUnavailable());

        var result = await FreeBusyAsync(rig);

        Assert.Equal(CalendarOutcome.TransientFailure, result.Outcome);
        Assert.Equal(3, rig.Graph.Count(GraphRoute.GetSchedule));
        Assert.Contains(rig.Logs.Entries, e => e.Category.EndsWith("GraphCalls", StringComparison.Ordinal) && e.Exception is not null);
    }

    [Fact]
    public async Task FreeBusy_TruncatedAnswer_IsAClearFailure_NotAnException()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.GetSchedule, GraphAnswer.Truncated());

        var result = await FreeBusyAsync(rig);

        Assert.Equal(CalendarOutcome.Failed, result.Outcome);
        Assert.Contains("could not be read", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreeBusy_EmptyListOfSchedules_IsAFailureNamingWhoseScheduleIsMissing()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.GetSchedule, GraphAnswer.Ok("""{"value":[]}"""));

        var result = await FreeBusyAsync(rig);

        Assert.Equal(CalendarOutcome.Failed, result.Outcome);
        Assert.Contains(GraphRig.Mentor.Mail, result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value":[{"scheduleId":"amelie.martin@contoso.com","availabilityView":"0","scheduleItems":[{"status":"busy","start":{"dateTime":"tomorrow","timeZone":"UTC"},"end":{"dateTime":"2027-03-16T10:00:00","timeZone":"UTC"}}]}]}""", "not a date")]
    [InlineData("""{"value":[{"scheduleId":"amelie.martin@contoso.com","availabilityView":"0","scheduleItems":[{"status":"busy","start":{"dateTime":"2027-03-16T09:00:00","timeZone":"Mars/Olympus"},"end":{"dateTime":"2027-03-16T10:00:00","timeZone":"UTC"}}]}]}""", "not known")]
    [InlineData("""{"value":[{"scheduleId":"amelie.martin@contoso.com","availabilityView":"0x2","scheduleItems":[]}]}""", "digits")]
    [InlineData("""{"value":"soon"}""", "no schedule")]
    public async Task FreeBusy_MalformedSchedule_IsAClearFailure(string answer, string expected)
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.GetSchedule, GraphAnswer.Ok(answer));

        var result = await rig.Calendar.GetFreeBusyAsync(GraphRig.TenantId, [GraphRig.Mentor.Mail], Window, CancellationToken.None);

        Assert.Equal(CalendarOutcome.Failed, result.Outcome);
        Assert.Contains(expected, result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_WithAWrongToken_AreRefused_AndSaySo()
    {
        await using var rig = await GraphRig.StartAsync(options => options.StaticToken = "not-the-token");

        var result = await FreeBusyAsync(rig);

        Assert.Equal(CalendarOutcome.Failed, result.Outcome);
        Assert.Contains("401", result.Detail, StringComparison.Ordinal);
    }

    private static Task<CalendarResult<FreeBusy>> FreeBusyAsync(GraphRig rig) =>
        rig.Calendar.GetFreeBusyAsync(GraphRig.TenantId, [GraphRig.Mentor.Mail, GraphRig.Mentee.Mail], Window, CancellationToken.None);
}
