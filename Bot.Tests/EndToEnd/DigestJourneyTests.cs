using MentorBot.Dialogs.Domain.Pairs;
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
/// Journey 9 in the Playground, in English and in French: a programme lead types `digest` / `bilan` and sees the
/// programme's digest card, with its stalled pair in the at-risk list and that row's buttons.
/// </summary>
public sealed class DigestJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "3c1e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private const string ProgrammeId = "p-digest";
    private const string MenteeId = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string MentorId = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("en-US", "digest")]
    [InlineData("fr-FR", "bilan")]
    public async Task Lead_TypesDigest_AndSeesTheProgrammesCard(string locale, string command)
    {
        var t = new Localizer(locale);
        var lead = new PlaygroundUser("user-digest-" + locale, "Lena Lead", locale == "en-US" ? "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" : "7a2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e", locale) { Tenant = Tenant };
        var data = Directory.CreateTempSubdirectory("mentorbot-digest-");
        try
        {
            await using (var app = EndToEndTools.StoreOver(data))
                await SeedAsync(app.Services, lead);

            await using var bot = await BotProcess.StartAsync(data.FullName, StartTimeout);
            await using var session = await playground.OpenAsync(bot.MessagesEndpoint, lead, $"{nameof(DigestJourneyTests)}-{locale}");
            await session.RunAsync(async chat =>
            {
                await Expect(chat.Cards(t["WelcomeTitle"]).First).ToBeVisibleAsync();
                await chat.SendAsync(command);

                var card = await chat.CardAsync(t.Format("DigestTitle", "Data mentoring"));
                await Expect(card.Root).ToContainTextAsync(t.Format("DigestAtRiskPair", "Ada Lovelace", "Max Mentor", t.Of(Dialogs.Domain.Health.HealthState.Stalled)));
                await Expect(card.Root).ToContainTextAsync(t["DigestNudgeButton"]);
                await Expect(card.Root).ToContainTextAsync(t.Format("DigestNotEnough", 0));
                await chat.ScreenshotAsync($"digest-1-card-{locale}");
            });
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }


    // A programme the Playground's user leads, with one pair that started 60 days ago and never met: stalled.
    private static async Task SeedAsync(IServiceProvider services, PlaygroundUser lead)
    {
        var programme = new Programme
        {
            Id = ProgrammeId,
            Name = "Data mentoring",
            TenantId = Tenant,
            Leads = [lead.ObjectId],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-90),
            EndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90),
        };
        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = services.GetRequiredService<ParticipantStore>();
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, MenteeId, "Ada Lovelace", Role.Mentee, "Europe/Paris"), default);
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, MentorId, "Max Mentor", Role.Mentor, "Europe/Paris"), default);
        var pair = SchedulingScenario.ActivePair(programme.Id, Tenant, MenteeId, Tenant, MentorId) with { AcceptedAt = DateTimeOffset.UtcNow.AddDays(-60) };
        await services.GetRequiredService<PairStore>().SaveAsync(pair, null, default);
    }
}
