using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Graph;

/// <summary>Free/busy through the real GraphServiceClient against the loopback Graph: requests, shapes, batches.</summary>
public sealed class FreeBusyTests
{
    private static readonly TimeRange Window = new(new DateTimeOffset(2027, 3, 16, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 18, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FreeBusy_ForAPair_IsOneGetScheduleRequest_NamingBothMailboxes_WithTheToken()
    {
        var mentor = GraphRig.Mentor with { Calendar = [new(At(16, 13), At(16, 14))] };
        var mentee = GraphRig.Mentee with
        {
            Calendar = [new(At(16, 15), At(16, 15, 30), "tentative"), new(At(16, 16), At(16, 17), "free"), new(At(17, 9), At(17, 12), "oof")],
        };
        await using var rig = await GraphRig.StartAsync(null, mentor, mentee);

        var result = await rig.Calendar.GetFreeBusyAsync(GraphRig.TenantId, [mentor.Id, mentee.Mail], Window, CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        var request = Assert.Single(rig.Graph.RequestsTo(GraphRoute.GetSchedule));
        Assert.Equal($"/v1.0/users/{mentor.Id}/calendar/getSchedule", request.Path);
        Assert.Equal("Bearer " + Infrastructure.LoopbackGraph.Token, request.Authorization);
        Assert.Contains("outlook.timezone=\"UTC\"", request.Prefer, StringComparison.Ordinal);
        var body = Infrastructure.LoopbackGraph.ParseBody(request.Body);
        Assert.Equal([mentor.Mail, mentee.Mail], body["schedules"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(15, body["availabilityViewInterval"]!.GetValue<int>());
        Assert.Equal("2027-03-16T00:00:00", body["startTime"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("UTC", body["startTime"]!["timeZone"]!.GetValue<string>());

        Assert.Equal([new TimeRange(At(16, 13), At(16, 14))], result.Value!.For(mentor.Id).Busy);
        Assert.Equal([new TimeRange(At(16, 15), At(16, 15, 30)), new TimeRange(At(17, 9), At(17, 12))], result.Value.For(mentee.Mail).Busy);
        var view = result.Value.For(mentor.Id).View;
        Assert.Equal(48 * 4, view.Slots.Length);
        Assert.Equal('2', view.Slots[13 * 4]);
        Assert.Equal('0', view.Slots[12 * 4]);

        // The mentor was named by object id: one directory lookup for the address; the mentee's address was given.
        Assert.Equal(1, rig.Graph.Count(GraphRoute.User));
    }

    [Fact]
    public async Task FreeBusy_ForMoreThanTwentyPeople_AsksTwentySchedulesAtATime()
    {
        var people = Enumerable.Range(1, 45).Select(i => new GraphPerson { Id = $"person-{i:00}", Mail = $"person{i:00}@contoso.com" }).ToArray();
        await using var rig = await GraphRig.StartAsync(null, people);

        var result = await rig.Calendar.GetFreeBusyAsync(GraphRig.TenantId, [.. people.Select(p => p.Mail)], Window, CancellationToken.None);

        Assert.True(result.IsOk, result.ToString());
        var sizes = rig.Graph.RequestsTo(GraphRoute.GetSchedule).Select(r => Infrastructure.LoopbackGraph.ParseBody(r.Body)["schedules"]!.AsArray().Count);
        Assert.Equal([20, 20, 5], sizes);
        Assert.Equal(people.Select(p => p.Mail), result.Value!.Schedules.Select(s => s.Person));
    }

    [Fact]
    public async Task FreeBusy_ForAnotherTenant_IsOtherTenant_WithoutAskingGraph()
    {
        await using var rig = await GraphRig.StartAsync();

        var result = await rig.Calendar.GetFreeBusyAsync("11111111-2222-3333-4444-555555555555", [GraphRig.Mentor.Mail], Window, CancellationToken.None);

        Assert.Equal(CalendarOutcome.OtherTenant, result.Outcome);
        Assert.Empty(rig.Graph.Requests);
    }

    [Fact]
    public async Task FreeBusy_ForAnUnknownMailbox_IsAFailure_FromTheSchedulesOwnError()
    {
        await using var rig = await GraphRig.StartAsync();

        var result = await rig.Calendar.GetFreeBusyAsync(GraphRig.TenantId, [GraphRig.Mentor.Mail, "ghost@contoso.com"], Window, CancellationToken.None);

        Assert.Equal(CalendarOutcome.Failed, result.Outcome);
        Assert.Contains("ghost@contoso.com", result.Detail, StringComparison.Ordinal);
        Assert.Contains("ErrorMailRecipientNotFound", result.Detail, StringComparison.Ordinal);
    }

    internal static DateTimeOffset At(int day, int hour, int minute = 0) => new(2027, 3, day, hour, minute, 0, TimeSpan.Zero);
}
