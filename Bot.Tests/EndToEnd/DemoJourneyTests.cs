using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;
using MentorBot.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// The README's way to try matching alone, as tools/run.sh sets it up: the Playground's one user, a lead, joins the
/// seeded demo programme as a mentor from the welcome card, runs match, approves, accepts the offer, and "Find a
/// time" on the introduction card gives Teams scheduling links (no calendar service on a laptop).
/// </summary>
public sealed class DemoJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const string DemoProgrammeName = "Demo: data mentoring";
    private static readonly Localizer T = new("en-US");

    [Fact]
    public async Task ANewcomerAlone_JoinsTheDemoAsAMentor_ApprovesAMatch_AcceptsIt_AndFindsATime()
    {
        var data = Directory.CreateTempSubdirectory("mentorbot-demo-journey-");
        try
        {
            await using var bot = await BotProcess.StartAsync(
                data.FullName, StartTimeout, [PlaygroundUser.Default.ObjectId], new Dictionary<string, string> { ["MentorBot:DemoTenantId"] = PlaygroundUser.TenantId });
            await using var session = await playground.OpenAsync(bot.MessagesEndpoint, PlaygroundUser.Default, nameof(DemoJourneyTests));
            await session.RunAsync(async chat =>
            {
                await JoinAsMentorAsync(chat);

                await chat.SendAsync("match");
                var approval = await chat.CardAsync(T.Format("MatchApprovalTitle", DemoProgrammeName));
                await chat.ScreenshotAsync("demo-1-approval");
                await approval.SubmitAsync(T["MatchApproveAll"]);

                var offer = await chat.CardAsync(T.Format("OfferTitle", "Ada Lovelace"));
                await offer.SubmitAsync(T["OfferAccept"]);
                var intro = await chat.CardAsync(T.Format("IntroTitleMentee", "Ada Lovelace"));
                await intro.SubmitAsync(T["FindTimeButton"]);

                var slots = await chat.CardAsync(T.Format("ScheduleTitle", "Ada Lovelace"));
                await Expect(slots.Root).ToContainTextAsync(T["SchedulingModeNotConfigured"]);
                var links = slots.Root.GetByText(T["ScheduleOpenInTeams"], new() { Exact = true });
                await Expect(links.First).ToBeVisibleAsync();
                Assert.InRange(await links.CountAsync(), 3, 5);
                await chat.ScreenshotAsync("demo-2-find-a-time");
            });
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }

    // The mentor's onboarding, taking the defaults where they fit: one goal, a skill the demo mentees want, 9 to 5
    // in London (the demo mentees work in London, Paris and Rome).
    private static async Task JoinAsMentorAsync(PlaygroundChat chat)
    {
        var welcome = await chat.CardAsync(T["WelcomeTitle"]);
        await welcome.SubmitAsync(T["WelcomeJoinMentor"]);
        var about = await chat.CardAsync(T["OnboardAboutTitle"]);
        await about.FillAsync(T["OnboardDepartmentLabel"], "Data platform");
        await about.FillAsync(T["OnboardJobTitleLabel"], "Principal engineer");
        await about.SelectAsync(T.Of(Seniority.Lead));
        await about.SubmitAsync(T["Next"]);

        var goals = await chat.CardAsync(T["OnboardGoalsTitle"]);
        await goals.FillAsync(T.Format("OnboardGoalLabel", 1), "Help analysts grow");
        await goals.SubmitAsync(T["Next"]);
        var skills = await chat.CardAsync(T["OnboardSkillsTitleMentor"]);
        await skills.CheckAsync("Data engineering");
        await skills.SubmitAsync(T["Next"]);
        await (await chat.CardAsync(T["OnboardPreferencesTitle"])).SubmitAsync(T["Next"]);
        var hours = await chat.CardAsync(T["OnboardHoursTitle"]);
        await hours.FillAsync(T["OnboardHoursTimeZone"], "Europe/London");
        await hours.SubmitAsync(T["Next"]);
        await (await chat.CardAsync(T["OnboardCapacityTitle"])).SubmitAsync(T["Next"]);
        var baseline = await chat.CardAsync(T["OnboardBaselineTitle"]);
        foreach (var axis in new[] { "AxisSkills", "AxisOpportunities", "AxisSatisfaction", "AxisLeadership" })
            await baseline.ChooseAsync(T[axis], T.Format("Rating4", 4));
        await baseline.SubmitAsync(T["Next"]);
        await (await chat.CardAsync(T["OnboardConfirmTitle"])).SubmitAsync(T["OnboardConfirmButton"]);
        await chat.ExpectMessageAsync(T.Format("OnboardDoneMentor", DemoProgrammeName));
        await chat.ScreenshotAsync("demo-0-joined");
    }
}
