using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Graph;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Graph;

/// <summary>Booking a meeting: a Teams meeting in the mentor's calendar with the mentee invited, booked once.</summary>
public sealed class BookingTests
{
    private static readonly TimeRange Slot = new(FreeBusyTests.At(16, 14), FreeBusyTests.At(16, 15));

    [Fact]
    public async Task Book_PostsATeamsMeetingInTheMentorsCalendar_WithTheMenteeInvited()
    {
        await using var rig = await GraphRig.StartAsync();

        var result = await rig.Calendar.BookAsync(Request("pair-1/2027-03-16T14:00Z"), CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        var request = Assert.Single(rig.Graph.RequestsTo(GraphRoute.CreateEvent));
        Assert.Equal($"/v1.0/users/{GraphRig.Mentor.Id}/events", request.Path);
        var posted = LoopbackGraph.ParseBody(request.Body);
        Assert.True(posted["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", posted["onlineMeetingProvider"]!.GetValue<string>());
        var attendee = Assert.Single(posted["attendees"]!.AsArray())!;
        Assert.Equal(GraphRig.Mentee.Mail, attendee["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Equal(GraphRig.Mentee.DisplayName, attendee["emailAddress"]!["name"]!.GetValue<string>());
        Assert.Equal("required", attendee["type"]!.GetValue<string>());
        Assert.Equal(("2027-03-16T14:00:00", "UTC"), (posted["start"]!["dateTime"]!.GetValue<string>(), posted["start"]!["timeZone"]!.GetValue<string>()));
        Assert.Equal("2027-03-16T15:00:00", posted["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal(GraphEvents.TransactionIdFor("pair-1/2027-03-16T14:00Z"), posted["transactionId"]!.GetValue<string>());

        var created = Assert.Single(rig.Graph.Events);
        Assert.Equal(created["id"]!.GetValue<string>(), result.Value!.EventId);
        Assert.True(result.Value.HasTeamsLink);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", result.Value.JoinUrl, StringComparison.Ordinal);
        Assert.NotNull(result.Value.WebLink);
    }

    [Fact]
    public async Task Book_WhenTheMentorHasNoTeams_TheEventStands_AndTheMissingJoinUrlIsReported()
    {
        await using var rig = await GraphRig.StartAsync(null, GraphRig.Mentor with { TeamsMeetings = false }, GraphRig.Mentee);

        var result = await rig.Calendar.BookAsync(Request("pair-1/no-teams"), CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        Assert.False(result.Value!.HasTeamsLink);
        Assert.Null(result.Value.JoinUrl);
        Assert.Equal(result.Value.EventId, Assert.Single(rig.Graph.Events)["id"]!.GetValue<string>());
        Assert.Contains(rig.Logs.Entries, e => e.Message.Contains("without a Teams join link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Book_RetriedAfterGraphLostItsAnswer_CreatesTheEventOnce()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.CreateEvent, GraphAnswer.ServiceUnavailable() with { AfterHandling = true });

        var result = await rig.Calendar.BookAsync(Request("pair-1/retried"), CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        var attempts = rig.Graph.RequestsTo(GraphRoute.CreateEvent);
        Assert.Equal([503, 201], attempts.Select(a => a.Status));
        Assert.Equal(LoopbackGraph.ParseBody(attempts[0].Body)["transactionId"]!.ToString(), LoopbackGraph.ParseBody(attempts[1].Body)["transactionId"]!.ToString());
        Assert.Equal(result.Value!.EventId, Assert.Single(rig.Graph.Events)["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Book_SameBookingTwice_IsOneEvent()
    {
        await using var rig = await GraphRig.StartAsync();

        var first = await rig.Calendar.BookAsync(Request("pair-1/twice"), CancellationToken.None);
        var second = await rig.Calendar.BookAsync(Request("pair-1/twice"), CancellationToken.None);

        Assert.Equal(first.Value!.EventId, second.Value!.EventId);
        Assert.Single(rig.Graph.Events);
    }

    [Fact]
    public async Task Book_Refused_IsConsentMissing_AndCreatesNothing()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.CreateEvent, GraphAnswer.Forbidden());

        var result = await rig.Calendar.BookAsync(Request("pair-1/refused"), CancellationToken.None);

        Assert.Equal(CalendarOutcome.ConsentMissing, result.Outcome);
        Assert.Empty(rig.Graph.Events);
    }

    [Fact]
    public async Task Book_InAnotherTenant_IsOtherTenant_WithoutAskingGraph()
    {
        await using var rig = await GraphRig.StartAsync();

        var result = await rig.Calendar.BookAsync(Request("pair-1/elsewhere") with { TenantId = "99999999-8888-7777-6666-555555555555" }, CancellationToken.None);

        Assert.Equal(CalendarOutcome.OtherTenant, result.Outcome);
        Assert.Empty(rig.Graph.Requests);
    }

    private static MeetingRequest Request(string key) =>
        new(GraphRig.TenantId, GraphRig.Mentor.Id, GraphRig.Mentee.Id, Slot, "Mentoring: Amélie and Sam", "Booked by MentorBot.", key);
}
