using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Tests.Conversations;
using TeamsUser = MentorBot.Tests.Conversations.TeamsUser;
using MentorBot.Tests.Conversations.Scheduling;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Graph;

/// <summary>
/// "Find a time" in the real app wired with the Graph adapter (the real GraphServiceClient) against a loopback
/// Graph: what it asks Graph for one suggestion, how it rides out throttling, falls back on a refusal, and books.
/// </summary>
public sealed class FindATimeOverGraphTests : IAsyncLifetime
{
    private static readonly TeamsUser Mentor = SchedulingScenario.Mentor;
    private static readonly TeamsUser Mentee = SchedulingScenario.Mentee;
    private readonly RecordingMessenger _messenger = new();
    private LoopbackGraph _graph = null!;
    private BotHarness _bot = null!;
    private SchedulingScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _graph = await LoopbackGraph.StartAsync();
        _graph.Add(
            GraphRig.Mentor with { Id = Mentor.ObjectId },
            GraphRig.Mentee with { Id = Mentee.ObjectId });
        _bot = new BotHarness(
            new Dictionary<string, string>
            {
                ["Graph:Credential"] = "StaticToken",
                ["Graph:StaticToken"] = LoopbackGraph.Token,
                ["Graph:BaseUrl"] = _graph.BaseUrl.ToString(),
                ["Graph:TenantId"] = BotHarness.Tenant,
                ["Graph:RetryDelaySeconds"] = "0",
            },
            services => services.AddSingleton<IMessenger>(_messenger));
        _scenario = new SchedulingScenario(_bot);
        await _scenario.SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task OneSuggestion_IsOneGetSchedule_AndWorkingHoursAreReadOncePerPerson()
    {
        var first = (await _bot.SendAsync(Mentor, "find a time")).LastCard();
        Assert.Equal(1, _graph.Count(GraphRoute.GetSchedule));
        Assert.Equal(2, _graph.Count(GraphRoute.MailboxSettings));

        var second = (await _bot.SendAsync(Mentor, "find a time")).LastCard();

        Assert.Equal(2, _graph.Count(GraphRoute.GetSchedule));
        Assert.Equal(2, _graph.Count(GraphRoute.MailboxSettings));
        var asked = LoopbackGraph.ParseBody(_graph.RequestsTo(GraphRoute.GetSchedule)[0].Body)["schedules"]!.AsArray().Select(s => s!.GetValue<string>());
        Assert.Equal([GraphRig.Mentor.Mail, GraphRig.Mentee.Mail], asked);
        Assert.All([first, second], card => Assert.Contains("From both calendars", SchedulingScenario.AllText(card)));
        Assert.InRange(SchedulingScenario.Buttons(first).Count, 3, 5);
    }

    [Fact]
    public async Task Throttled_ThenAnswered_TheUserStillGetsSlots()
    {
        _graph.Script(GraphRoute.GetSchedule, GraphAnswer.TooManyRequests("1"));

        var card = (await _bot.SendAsync(Mentee, "find a time")).LastCard();

        Assert.Equal(2, _graph.Count(GraphRoute.GetSchedule));
        Assert.Contains("From both calendars", SchedulingScenario.AllText(card));
        Assert.InRange(SchedulingScenario.Buttons(card).Count, 3, 5);
    }

    [Fact]
    public async Task Refused_403_GivesTheFallbackCard_WithTeamsSchedulingLinks()
    {
        _graph.Script(GraphRoute.MailboxSettings, GraphAnswer.Forbidden(), GraphAnswer.Forbidden());
        _graph.Script(GraphRoute.GetSchedule, GraphAnswer.Forbidden());

        var card = (await _bot.SendAsync(Mentor, "find a time")).LastCard();

        Assert.Contains("consent missing", SchedulingScenario.AllText(card));
        Assert.Empty(SchedulingScenario.Buttons(card));
        var links = SchedulingScenario.Buttons(card, "Action.OpenUrl");
        Assert.InRange(links.Count, 3, 5);
        Assert.All(links, l => Assert.StartsWith("https://teams.microsoft.com/l/meeting/new?subject=", l.Value<string>("url")));
    }

    [Fact]
    public async Task Unavailable_EvenAfterTheRetries_GivesTheFallbackCard_SayingSo()
    {
        _graph.Script(GraphRoute.GetSchedule, GraphAnswer.ServiceUnavailable(), GraphAnswer.ServiceUnavailable(), GraphAnswer.ServiceUnavailable(), GraphAnswer.ServiceUnavailable());

        var card = (await _bot.SendAsync(Mentee, "find a time")).LastCard();

        Assert.Equal(4, _graph.Count(GraphRoute.GetSchedule));
        Assert.Contains("unavailable just now", SchedulingScenario.AllText(card));
        Assert.NotEmpty(SchedulingScenario.Buttons(card, "Action.OpenUrl"));
        Assert.Empty(SchedulingScenario.Buttons(card));
    }

    [Fact]
    public async Task AnEventCreatedWithoutATeamsMeeting_IsSaidSo_AndStillBookedOnce()
    {
        _graph.Add(GraphRig.Mentor with { Id = Mentor.ObjectId, TeamsMeetings = false });
        var book = (JObject)SchedulingScenario.Buttons((await _bot.SendAsync(Mentor, "find a time")).LastCard())[0]["data"]!;

        var (booked, _) = await _scenario.ExecuteAsync(Mentor, book);

        Assert.Contains("without a Teams link", SchedulingScenario.AllText(booked!));
        Assert.Empty(SchedulingScenario.Buttons(booked!, "Action.OpenUrl"));
        Assert.Equal(1, _graph.Count(GraphRoute.CreateEvent));
    }

    [Fact]
    public async Task Booking_CreatesExactlyOneEvent_InTheMentorsCalendar_EvenWhenPressedTwice()
    {
        var book = (JObject)SchedulingScenario.Buttons((await _bot.SendAsync(Mentee, "find a time")).LastCard())[0]["data"]!;

        var (booked, said) = await _scenario.ExecuteAsync(Mentee, book);
        await _scenario.ExecuteAsync(Mentee, book);

        Assert.True(booked is not null, "No card replaced the pressed one; the bot said: " + said.Texts());
        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(booked));
        Assert.Equal(1, _graph.Count(GraphRoute.CreateEvent));
        var created = Assert.Single(_graph.Events);
        Assert.StartsWith($"/v1.0/users/{Mentor.ObjectId}/events", _graph.RequestsTo(GraphRoute.CreateEvent)[0].Path, StringComparison.OrdinalIgnoreCase);
        var join = created["onlineMeeting"]?["joinUrl"]?.GetValue<string>();
        Assert.Equal(join, SchedulingScenario.Buttons(booked, "Action.OpenUrl").Single().Value<string>("url"));
        Assert.Equal(created["id"]!.GetValue<string>(), (await _scenario.StoredPairAsync()).NextMeeting?.EventId);
    }
}
