using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Scheduling;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Journey 8 in the Playground, in English and in French (through the locale relay): a mentor with a baseline and an
/// open mid-way survey types `feedback` / `mon avis`, answers the card, and the card is replaced in place by their own
/// change against their baseline ("Skills: 3 → 4"). The store holds the answer once.
/// </summary>
public sealed class FeedbackJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "3c1e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private const string ProgrammeId = "p-feedback";
    private const string MenteeId = "8b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("en-US", "feedback")]
    [InlineData("fr-FR", "mon avis")]
    public async Task Mentor_OpensTheSurvey_Answers_AndTheCardShowsTheirOwnChange(string locale, string command)
    {
        var t = new Localizer(locale);
        var mentor = new PlaygroundUser("user-feedback-" + locale, "Amelie Martin", locale == "en-US" ? "4d9b0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f" : "5e0a1f2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b", locale) { Tenant = Tenant };
        var data = Directory.CreateTempSubdirectory("mentorbot-feedback-");
        try
        {
            await using (var app = EndToEndTools.StoreOver(data))
                await SeedAsync(app.Services, mentor);

            await using (var bot = await BotProcess.StartAsync(data.FullName, StartTimeout))
            {
                await using var session = await playground.OpenAsync(bot.MessagesEndpoint, mentor, $"{nameof(FeedbackJourneyTests)}-{locale}");
                await session.RunAsync(async chat =>
                {
                    await Expect(chat.Cards(t["WelcomeTitle"]).First).ToBeVisibleAsync();
                    await chat.SendAsync(command);

                    var card = await chat.CardAsync(t.Format("SurveyMidTitle", "Sam Carter"));
                    await card.ChooseAsync(t["AxisSkills"], t.Format("Rating4", 4));
                    await card.ChooseAsync(t["AxisOpportunities"], t.Format("Rating3", 3));
                    await card.ChooseAsync(t["AxisSatisfaction"], t.Format("Rating5", 5));
                    await card.ChooseAsync(t["AxisLeadership"], t.Format("Rating2", 2));
                    await card.ChooseAsync(t["SurveyRelationshipLabel"], t.Format("Rating4", 4));
                    await card.ChooseAsync(t["SurveyRecommendLabel"], "8");
                    await card.FillAsync(t["SurveyHelpedMostLabel"], "Our weekly walks");
                    await chat.ScreenshotAsync($"feedback-1-card-{locale}");
                    await card.SubmitAsync(t["SurveySend"]);

                    // In place: the same message now shows the change, and no card with the questions is left.
                    var change = await chat.CardAsync(t["SurveyThanksTitle"]);
                    await Expect(change.Root).ToContainTextAsync(t.Format("SurveyChangeLine", t["SurveyAxisSkills"], 3, 4));
                    await Expect(change.Root).ToContainTextAsync(t.Format("SurveyChangeLine", t["SurveyAxisLeadership"], 3, 2));
                    await Expect(chat.Cards(t["SurveyRelationshipLabel"])).ToHaveCountAsync(0);
                    await chat.ScreenshotAsync($"feedback-2-change-{locale}");
                });
            }

            await using var after = EndToEndTools.StoreOver(data);
            var stored = await after.Services.GetRequiredService<SurveyStore>().ForPersonAsync(ProgrammeId, Dialogs.Domain.Pairs.Pair.IdFor(MenteeId, mentor.ObjectId), Tenant, mentor.ObjectId, default);
            var answer = Assert.Single(stored).Answer!;
            Assert.Equal((new SelfAssessment(4, 3, 5, 2), 4, 8, "Our weekly walks"), (answer.Now, answer.RelationshipQuality, answer.Recommend, answer.HelpedMost));
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }


    // A mentor (the Playground's user) with a baseline, in an active pair with Sam, and their mid-way survey recorded as sent.
    private static async Task SeedAsync(IServiceProvider services, PlaygroundUser mentor)
    {
        var programme = new Programme
        {
            Id = ProgrammeId,
            Name = "Data mentoring",
            TenantId = Tenant,
            Leads = ["lead-elsewhere"],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-90),
            EndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90),
        };
        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = services.GetRequiredService<ParticipantStore>();
        var baseline = new SelfAssessment(3, 3, 3, 3);
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, mentor.ObjectId, "Amelie Martin", Role.Mentor, "Europe/Paris") with { Baseline = baseline }, default);
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, MenteeId, "Sam Carter", Role.Mentee, "America/New_York"), default);
        var pair = SchedulingScenario.ActivePair(programme.Id, Tenant, MenteeId, Tenant, mentor.ObjectId);
        await services.GetRequiredService<PairStore>().SaveAsync(pair, null, default);
        var sent = DateTimeOffset.UtcNow.AddHours(-2);
        await services.GetRequiredService<SurveyStore>().TryCreateAsync(new Survey
        {
            ProgrammeId = programme.Id,
            PairId = pair.Id,
            TenantId = Tenant,
            UserObjectId = mentor.ObjectId,
            Role = Role.Mentor,
            Kind = SurveyKind.Mid,
            DueAt = sent,
            SentAt = sent,
            Baseline = baseline,
        }, default);
    }
}
