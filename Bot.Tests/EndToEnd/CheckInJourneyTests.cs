using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Scheduling;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Journey 6 in the Playground, in English and in French (through the locale relay): a mentor of an active pair types
/// `check in`, answers the card, and the card is replaced in place by the summary; Change my answer and the same
/// answer sent again records nothing more; `goals` then shows the progress. The store holds one answered check-in.
/// </summary>
public sealed class CheckInJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "3c1e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private const string Goal = "Grow as a leader";
    private const string MenteeId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("en-US", "check in", "goals")]
    [InlineData("fr-FR", "faire le point", "objectifs")]
    public async Task Mentor_ChecksIn_TheCardBecomesTheSummary_AndGoalsShowsTheProgress(string locale, string checkIn, string goals)
    {
        var t = new Localizer(locale);
        var mentor = new PlaygroundUser("user-mentor-" + locale, "Amelie Martin", locale == "en-US" ? "5e0c1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a" : "6f1d2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b", locale) { Tenant = Tenant };
        var data = Directory.CreateTempSubdirectory("mentorbot-check-in-");
        try
        {
            await using (var app = EndToEndTools.StoreOver(data))
                await SeedAsync(app.Services, mentor);

            await using (var bot = await BotProcess.StartAsync(data.FullName, StartTimeout))
            {
                await using var session = await playground.OpenAsync(bot.MessagesEndpoint, mentor, $"{nameof(CheckInJourneyTests)}-{locale}");
                await session.RunAsync(async chat =>
                {
                    await Expect(chat.Cards(t["WelcomeTitle"]).First).ToBeVisibleAsync();
                    await chat.SendAsync(checkIn);

                    var card = await chat.CardAsync(t.Format("CheckInTitle", "Sam Carter"));
                    await card.SelectAsync(t.Of(Met.Yes));
                    await card.SelectAsync("4");
                    await card.ChooseAsync(Goal, t.Of(GoalProgress.Some));
                    await chat.ScreenshotAsync($"check-in-1-card-{locale}");
                    await card.SubmitAsync(t["CheckInSend"]);

                    // In place: the same message now shows the summary, and no card with the questions is left.
                    var summary = await chat.CardAsync(t.Format("CheckInTitle", "Sam Carter"));
                    await Expect(summary.Root).ToContainTextAsync(t["CheckInThanks"]);
                    await Expect(chat.Cards(t["CheckInMetLabel"])).ToHaveCountAsync(0);
                    await chat.ScreenshotAsync($"check-in-2-summary-{locale}");

                    // The same answer again (Change my answer, then Send unchanged) is recorded once.
                    await summary.SubmitAsync(t["CheckInChange"]);
                    var again = await chat.CardAsync(t.Format("CheckInTitle", "Sam Carter"));
                    await Expect(again.Button(t["CheckInSend"])).ToBeVisibleAsync();
                    await again.SubmitAsync(t["CheckInSend"]);
                    await chat.ExpectMessageAsync(t["CheckInAlreadyRecorded"]);

                    await chat.SendAsync(goals);
                    var progress = await chat.CardAsync(t.Format("GoalProgressTitle", "Data mentoring"));
                    await Expect(progress.Root).ToContainTextAsync(Goal);
                    await Expect(progress.Root).ToContainTextAsync(t.Of(GoalProgress.Some));
                    await chat.ScreenshotAsync($"check-in-3-goals-{locale}");
                });
            }

            await using var after = EndToEndTools.StoreOver(data);
            var stored = await after.Services.GetRequiredService<CheckInStore>().ForPersonAsync("p-check-in", Dialogs.Domain.Pairs.Pair.IdFor(MenteeId, mentor.ObjectId), Tenant, mentor.ObjectId, default);
            var only = Assert.Single(stored);
            Assert.Equal((Met.Yes, 4, GoalProgress.Some), (only.Answer!.Met, only.Answer.Usefulness, only.Answer.Goals.Single().Progress));
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }


    // A mentor (the Playground's user) in an active pair with Sam, through the app's own stores.
    private static async Task SeedAsync(IServiceProvider services, PlaygroundUser mentor)
    {
        var programme = new Programme
        {
            Id = "p-check-in",
            Name = "Data mentoring",
            TenantId = Tenant,
            Leads = ["lead-elsewhere"],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30),
            EndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(150),
        };
        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = services.GetRequiredService<ParticipantStore>();
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, mentor.ObjectId, "Amelie Martin", Role.Mentor, "Europe/Paris") with { Goals = [Goal] }, default);
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, MenteeId, "Sam Carter", Role.Mentee, "America/New_York"), default);
        await services.GetRequiredService<PairStore>().SaveAsync(SchedulingScenario.ActivePair(programme.Id, Tenant, MenteeId, Tenant, mentor.ObjectId), null, default);
    }
}
