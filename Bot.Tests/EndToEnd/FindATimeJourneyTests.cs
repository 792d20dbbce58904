using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Scheduling;
using MentorBot.Tests.Graph;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Journey 5 in the Playground: a mentor of an active pair types "find a time", sees slots read from both calendars
/// (a loopback Graph the bot process talks to through the real Graph client), books one, and the card turns into
/// the booked meeting in place while exactly one event is created in the mentor's calendar; Move this meeting then
/// moves that same event.
/// </summary>
public sealed class FindATimeJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "3c1e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Localizer English = new("en-US");

    private static readonly PlaygroundUser Mentor = new("user-mentor", "Amelie Martin", "5e0c1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a") { Tenant = Tenant };
    private const string MenteeId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    [Fact]
    public async Task Mentor_FindsATime_BooksIt_AndTheCardShowsTheBookedMeetingInPlace()
    {
        await using var graph = await RunAsync(SeedPairAsync, async (chat, _) =>
        {
            await chat.SendAsync("find a time");
            await BookFirstSlotAsync(chat);
        });

        AssertOneEventWithTheMenteeInvited(graph);
    }

    [Fact]
    public async Task Mentor_MovesTheBookedMeeting_FromItsCard_AndTheSameEventMovesInTheCalendar()
    {
        string? bookedStart = null;
        await using var graph = await RunAsync(SeedPairAsync, async (chat, calendar) =>
        {
            await chat.SendAsync("find a time");
            await BookFirstSlotAsync(chat);
            bookedStart = Assert.Single(calendar.Events)["start"]!["dateTime"]!.GetValue<string>();

            var booked = await chat.CardAsync(English.Format("ScheduleBookedTitle", "Sam Carter"));
            await booked.SubmitAsync(English["ScheduleMove"]);
            var move = await chat.CardAsync(English.Format("ScheduleMoveTitle", "Sam Carter"));
            await Expect(move.Button(English["ScheduleMoveHere"]).First).ToBeVisibleAsync();
            await chat.ScreenshotAsync("find-a-time-3-move");
            await move.Button(English["ScheduleMoveHere"]).First.ClickAsync();

            var moved = await chat.CardAsync(English.Format("ScheduleMovedTitle", "Sam Carter"));
            await Expect(moved.Root.GetByText(English["ScheduleJoin"], new() { Exact = true })).ToBeVisibleAsync();
            await chat.ScreenshotAsync("find-a-time-4-moved");
        });

        Assert.Equal(1, graph.Count(GraphRoute.CreateEvent));
        Assert.Equal(1, graph.Count(GraphRoute.UpdateEvent));
        var moved = Assert.Single(graph.Events);
        Assert.NotEqual(bookedStart, moved["start"]!["dateTime"]!.GetValue<string>());
        Assert.Contains(GraphRig.Mentee.Mail, moved["attendees"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Issues 4 and 5 together: matched, accepted, introduced, and the introduction card's button books the first meeting.</summary>
    [Fact]
    public async Task Mentor_AcceptsAMatch_AndFindsATimeFromTheIntroductionCard()
    {
        await using var graph = await RunAsync(services => SeedPeopleAsync(services, MatchingMode.Automatic), async (chat, _) =>
        {
            await chat.SendAsync("match");
            var offer = await chat.CardAsync(English.Format("OfferTitle", "Sam Carter"));
            await offer.SubmitAsync(English["OfferAccept"]);
            var intro = await chat.CardAsync(English.Format("IntroTitleMentee", "Sam Carter"));
            await chat.ScreenshotAsync("find-a-time-0-introduction");
            await intro.SubmitAsync(English["FindTimeButton"]);
            await BookFirstSlotAsync(chat);
        });

        AssertOneEventWithTheMenteeInvited(graph);
    }

    // The bot process on a fresh data folder seeded by seed, Graph on a loopback server, the mentor at a Playground.
    private async Task<LoopbackGraph> RunAsync(Func<IServiceProvider, Task> seed, Func<PlaygroundChat, LoopbackGraph, Task> journey)
    {
        var graph = await LoopbackGraph.StartAsync();
        graph.Add(GraphRig.Mentor with { Id = Mentor.ObjectId, Mail = Mentor.PrincipalName }, GraphRig.Mentee with { Id = MenteeId });
        var data = Directory.CreateTempSubdirectory("mentorbot-find-a-time-");
        try
        {
            // Through the app's own stores, in the folder the bot process then starts on.
            await using (var app = new MentorBotApp(new Dictionary<string, string?> { ["MentorBot:DataFolder"] = data.FullName, ["Storage:Provider"] = "Sqlite" }))
                await seed(app.Services);
            await using var bot = await BotProcess.StartAsync(data.FullName, StartTimeout, settings: new Dictionary<string, string>
            {
                ["Graph:Credential"] = "StaticToken",
                ["Graph:StaticToken"] = LoopbackGraph.Token,
                ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
                ["Graph:TenantId"] = Tenant,
                ["Graph:RetryDelaySeconds"] = "0",
            });
            await using var session = await playground.OpenAsync(bot.MessagesEndpoint, Mentor, nameof(FindATimeJourneyTests));
            await session.RunAsync(async chat =>
            {
                await Expect(chat.Cards(English["WelcomeTitle"]).First).ToBeVisibleAsync();
                await journey(chat, graph);
            });
            return graph;
        }
        catch
        {
            await graph.DisposeAsync();
            throw;
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }

    private static async Task BookFirstSlotAsync(PlaygroundChat chat)
    {
        var offer = await chat.CardAsync(English.Format("ScheduleTitle", "Sam Carter"));
        await Expect(offer.Root).ToContainTextAsync(English["SchedulingModeCalendars"]);
        await Expect(offer.Root).ToContainTextAsync("(Europe/Paris)");
        Assert.InRange(await offer.Button(English["ScheduleBook"]).CountAsync(), 3, 5);
        await chat.ScreenshotAsync("find-a-time-1-slots");

        await offer.Button(English["ScheduleBook"]).First.ClickAsync();

        var booked = await chat.CardAsync(English.Format("ScheduleBookedTitle", "Sam Carter"));
        await Expect(booked.Root.GetByText(English["ScheduleJoin"], new() { Exact = true })).ToBeVisibleAsync();
        await Expect(chat.Cards(English.Format("ScheduleTitle", "Sam Carter"))).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("find-a-time-2-booked");
    }

    private static void AssertOneEventWithTheMenteeInvited(LoopbackGraph graph)
    {
        // One suggestion read both calendars in one request; the booking re-checked the slot with one more.
        Assert.Equal(2, graph.Count(GraphRoute.GetSchedule));
        Assert.Equal(1, graph.Count(GraphRoute.CreateEvent));
        var created = Assert.Single(graph.Events);
        Assert.Contains(GraphRig.Mentee.Mail, created["attendees"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task SeedPairAsync(IServiceProvider services)
    {
        var programme = await SeedPeopleAsync(services, MatchingMode.LeadApproves);
        await services.GetRequiredService<PairStore>().SaveAsync(SchedulingScenario.ActivePair(programme.Id, Tenant, MenteeId, Tenant, Mentor.ObjectId), null, default);
    }

    // A mentor in Paris and a mentee in New York who share a skill and a language, so matching pairs them.
    private static async Task<Programme> SeedPeopleAsync(IServiceProvider services, MatchingMode matching)
    {
        var programme = new Programme
        {
            Id = "p-find-a-time",
            Name = "Data mentoring",
            TenantId = Tenant,
            Leads = [Mentor.ObjectId],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30),
            EndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(150),
            Matching = matching,
        };
        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = services.GetRequiredService<ParticipantStore>();
        await participants.SaveAsync(Shared(SchedulingScenario.Member(programme.Id, Tenant, Mentor.ObjectId, "Amelie Martin", Role.Mentor, "Europe/Paris")), default);
        await participants.SaveAsync(Shared(SchedulingScenario.Member(programme.Id, Tenant, MenteeId, "Sam Carter", Role.Mentee, "America/New_York")), default);
        return programme;
    }

    private static Participant Shared(Participant participant) => participant with { Skills = ["Data engineering"], Languages = ["en"] };
}
