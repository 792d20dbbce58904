using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Graph;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Graph;

/// <summary>The Graph area inside the whole host: optional, replacing the embedded directory only when configured.</summary>
public sealed class GraphHostingTests
{
    [Fact]
    public async Task WithoutGraph_TheHostKeepsTheEmbeddedDirectory_AndCalendarsAreNotConfigured()
    {
        await using var app = new MentorBotApp();

        var directory = app.Services.GetRequiredService<IDirectory>();
        var calendar = app.Services.GetRequiredService<ICalendar>();
        var hours = await calendar.GetWorkingHoursAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);

        Assert.IsType<UnknownDirectory>(directory);
        Assert.Single(app.Services.GetServices<IDirectory>());
        Assert.Equal(CalendarOutcome.NotConfigured, hours.Outcome);
    }

    [Fact]
    public async Task WithGraph_TheHostsDirectoryAndCalendar_ReadTheLoopbackGraph()
    {
        await using var graph = await LoopbackGraph.StartAsync();
        graph.Add(GraphRig.Mentor, GraphRig.Mentee);
        await using var app = new MentorBotApp(new Dictionary<string, string?>
        {
            ["Graph:Credential"] = "StaticToken",
            ["Graph:StaticToken"] = LoopbackGraph.Token,
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:TenantId"] = GraphRig.TenantId,
        });

        var directory = app.Services.GetRequiredService<IDirectory>();
        var profile = await directory.FindAsync(GraphRig.TenantId, GraphRig.Mentee.Id, CancellationToken.None);
        var window = new TimeRange(FreeBusyTests.At(16, 0), FreeBusyTests.At(17, 0));
        var busy = await app.Services.GetRequiredService<ICalendar>().GetFreeBusyAsync(GraphRig.TenantId, [GraphRig.Mentor.Mail, GraphRig.Mentee.Mail], window, CancellationToken.None);

        Assert.IsType<GraphDirectory>(directory);
        Assert.Single(app.Services.GetServices<IDirectory>());
        Assert.Equal(("Sales", "America/New_York"), (profile?.Department, profile?.TimeZone));
        Assert.True(busy.IsOk, busy.ToString());
        Assert.Equal(1, graph.Count(GraphRoute.GetSchedule));
    }

    [Fact]
    public async Task AStaticTokenForTheRealGraph_StopsStartUp_SayingWhy()
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?>
        {
            ["Graph:Credential"] = "StaticToken",
            ["Graph:StaticToken"] = "token",
            ["Graph:TenantId"] = GraphRig.TenantId,
        });

        var error = Assert.ThrowsAny<Exception>(() => app.StartServer());

        Assert.Contains("loopback", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " | " + Flatten(error.InnerException);
}
