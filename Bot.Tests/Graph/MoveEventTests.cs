using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Graph;

/// <summary>Moving a booked meeting: the same event (and Teams meeting) in the mentor's calendar at the new time, or Gone.</summary>
public sealed class MoveEventTests
{
    private static readonly TimeRange Booked = new(FreeBusyTests.At(16, 14), FreeBusyTests.At(16, 15));
    private static readonly TimeRange Later = new(FreeBusyTests.At(17, 10), FreeBusyTests.At(17, 11, 30));

    [Fact]
    public async Task Move_PatchesTheEvent_WithOnlyTheNewStartAndEnd()
    {
        await using var rig = await GraphRig.StartAsync();
        var booked = await BookAsync(rig);

        var result = await rig.Calendar.MoveAsync(Move(booked.EventId), CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        var request = Assert.Single(rig.Graph.RequestsTo(GraphRoute.UpdateEvent));
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/v1.0/users/{GraphRig.Mentor.Id}/events/{booked.EventId}", request.Path);
        var patch = LoopbackGraph.ParseBody(request.Body);
        Assert.Equal(["end", "start"], patch.Select(p => p.Key.ToLowerInvariant()).Where(k => !k.StartsWith('@')).Order());
        Assert.Equal(("2027-03-17T10:00:00", "UTC"), (patch["start"]!["dateTime"]!.GetValue<string>(), patch["start"]!["timeZone"]!.GetValue<string>()));
        Assert.Equal(("2027-03-17T11:30:00", "UTC"), (patch["end"]!["dateTime"]!.GetValue<string>(), patch["end"]!["timeZone"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Move_KeepsTheSameEventAndTeamsMeeting_AtTheNewTime()
    {
        await using var rig = await GraphRig.StartAsync();
        var booked = await BookAsync(rig);

        var result = await rig.Calendar.MoveAsync(Move(booked.EventId), CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(booked, result.Value);
        Assert.Equal(1, rig.Graph.Count(GraphRoute.CreateEvent));
        var stored = Assert.Single(rig.Graph.Events);
        Assert.Equal(booked.EventId, stored["id"]!.GetValue<string>());
        Assert.Equal(("2027-03-17T10:00:00", "2027-03-17T11:30:00"), (stored["start"]!["dateTime"]!.GetValue<string>(), stored["end"]!["dateTime"]!.GetValue<string>()));
        Assert.Equal("Mentoring: Amélie and Sam", stored["subject"]!.GetValue<string>());
        Assert.Equal(GraphRig.Mentee.Mail, Assert.Single(stored["attendees"]!.AsArray())!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Equal(booked.JoinUrl, stored["onlineMeeting"]!["joinUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Move_AnEventNotInTheCalendar_IsGone()
    {
        await using var rig = await GraphRig.StartAsync();

        var result = await rig.Calendar.MoveAsync(Move("AAMkADdeletedlongago"), CancellationToken.None);

        Assert.Equal(CalendarOutcome.Gone, result.Outcome);
        Assert.Contains("AAMkADdeletedlongago", result.Detail, StringComparison.Ordinal);
        Assert.Equal([404], rig.Graph.RequestsTo(GraphRoute.UpdateEvent).Select(r => r.Status));
    }

    [Fact]
    public async Task Move_AnotherOrganisersEvent_IsGone_AndLeavesItWhereItWas()
    {
        await using var rig = await GraphRig.StartAsync();
        var booked = await BookAsync(rig);

        var result = await rig.Calendar.MoveAsync(Move(booked.EventId) with { Organizer = GraphRig.Mentee.Id }, CancellationToken.None);

        Assert.Equal(CalendarOutcome.Gone, result.Outcome);
        Assert.Equal("2027-03-16T14:00:00", Assert.Single(rig.Graph.Events)["start"]!["dateTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task Move_ThrottledOnce_IsRetriedAfterRetryAfter_AndMoves()
    {
        await using var rig = await GraphRig.StartAsync();
        var booked = await BookAsync(rig);
        rig.Graph.Script(GraphRoute.UpdateEvent, GraphAnswer.TooManyRequests(retryAfter: "1"));

        var result = await rig.Calendar.MoveAsync(Move(booked.EventId), CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(booked.EventId, result.Value!.EventId);
        var attempts = rig.Graph.RequestsTo(GraphRoute.UpdateEvent);
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        var waited = attempts[1].ReceivedAt - attempts[0].ReceivedAt;
        Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"The retry came {waited.TotalMilliseconds} ms after the 429, before its Retry-After of 1 s.");
        Assert.Equal("2027-03-17T10:00:00", Assert.Single(rig.Graph.Events)["start"]!["dateTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task Move_Refused_IsConsentMissing_AndLeavesTheEventWhereItWas()
    {
        await using var rig = await GraphRig.StartAsync();
        var booked = await BookAsync(rig);
        rig.Graph.Script(GraphRoute.UpdateEvent, GraphAnswer.Forbidden());

        var result = await rig.Calendar.MoveAsync(Move(booked.EventId), CancellationToken.None);

        Assert.Equal(CalendarOutcome.ConsentMissing, result.Outcome);
        Assert.Equal(1, rig.Graph.Count(GraphRoute.UpdateEvent));
        Assert.Equal("2027-03-16T14:00:00", Assert.Single(rig.Graph.Events)["start"]!["dateTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task Move_InAnotherTenant_IsOtherTenant_WithoutAskingGraph()
    {
        await using var rig = await GraphRig.StartAsync();

        var result = await rig.Calendar.MoveAsync(Move("AAMkADany") with { TenantId = "99999999-8888-7777-6666-555555555555" }, CancellationToken.None);

        Assert.Equal(CalendarOutcome.OtherTenant, result.Outcome);
        Assert.Empty(rig.Graph.Requests);
    }

    // The stand-in itself: what Graph answers a PATCH whose times it cannot read (sent raw, the SDK never writes these).
    [Theory]
    [InlineData("""{"start":{"dateTime":"tomorrow","timeZone":"UTC"},"end":{"dateTime":"2027-03-17T11:00:00","timeZone":"UTC"}}""", "BadRequest")]
    [InlineData("""{"start":{"dateTime":"2027-03-17T10:00:00","timeZone":"Mars/Olympus"},"end":{"dateTime":"2027-03-17T11:00:00","timeZone":"UTC"}}""", "TimeZoneNotSupportedException")]
    [InlineData("""{"start":{"dateTime":"2027-03-17T10:00:00"},"end":{"dateTime":"2027-03-17T11:00:00","timeZone":"UTC"}}""", "TimeZoneNotSupportedException")]
    [InlineData("""{"start":{"dateTime":"2027-03-17T10:00:00","timeZone":"UTC"},"end":{"dateTime":"2027-03-17T09:00:00","timeZone":"UTC"}}""", "ErrorCalendarEndDateIsEarlierThanStartDate")]
    [InlineData("""{"end":{"dateTime":"2027-03-16T13:00:00","timeZone":"UTC"}}""", "ErrorCalendarEndDateIsEarlierThanStartDate")]
    [InlineData("""{"start":"soon"}""", "BadRequest")]
    [InlineData("""{"start":{"dateTime":""", "BadRequest")]
    public async Task Patch_WithTimesGraphCannotRead_Is400_AndLeavesTheEventWhereItWas(string body, string code)
    {
        await using var rig = await GraphRig.StartAsync();
        var booked = await BookAsync(rig);
        using var http = new HttpClient();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"{rig.Graph.BaseUrl}/users/{GraphRig.Mentor.Id}/events/{booked.EventId}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        patch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LoopbackGraph.Token);

        using var answer = await http.SendAsync(patch);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = LoopbackGraph.ParseBody(await answer.Content.ReadAsStringAsync())["error"]!;
        Assert.Equal(code, error["code"]!.GetValue<string>());
        var stored = Assert.Single(rig.Graph.Events);
        Assert.Equal(("2027-03-16T14:00:00", "2027-03-16T15:00:00"), (stored["start"]!["dateTime"]!.GetValue<string>(), stored["end"]!["dateTime"]!.GetValue<string>()));
    }

    private static async Task<BookedMeeting> BookAsync(GraphRig rig)
    {
        var booked = await rig.Calendar.BookAsync(
            new MeetingRequest(GraphRig.TenantId, GraphRig.Mentor.Id, GraphRig.Mentee.Id, Booked, "Mentoring: Amélie and Sam", "Booked by MentorBot.", "pair-1/2027-03-16T14:00Z"),
            CancellationToken.None);
        Assert.True(booked.IsOk, booked.ToString());
        Assert.True(booked.Value!.HasTeamsLink);
        return booked.Value;
    }

    private static MeetingMove Move(string eventId) => new(GraphRig.TenantId, GraphRig.Mentor.Id, eventId, Later);
}
