using System.Net;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Scheduling;
using MentorBot.Tests.Exports;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Journey 9's export in the Playground: a programme lead types `export`, the card shows the two download buttons,
/// and pressing "Pairs (CSV)" downloads the file from the bot's own host, whose rows are the stored pair.
/// </summary>
public sealed class ExportJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "6d2f1c3e-4b5a-4c7d-9e8f-1a2b3c4d5e6f";
    private const string ProgrammeName = "Data mentoring";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Lead_TypesExport_AndThePairsCsvDownloads()
    {
        var t = new Localizer("en-US");
        var lead = new PlaygroundUser("user-export-lead", "Morgan Lead", "7e1a2b3c-4d5e-4f6a-8b7c-9d0e1f2a3b4c") { Tenant = Tenant };
        var data = Directory.CreateTempSubdirectory("mentorbot-export-");
        try
        {
            await using (var app = EndToEndTools.StoreOver(data))
                await SeedAsync(app.Services, lead);

            // The links point at this bot: its public base URL is the address it listens on.
            var address = $"http://127.0.0.1:{TestPorts.Free()}";
            var settings = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address, ["MentorBot:PublicBaseUrl"] = address + "/" };
            await using var bot = await BotProcess.StartAsync(data.FullName, StartTimeout, settings: settings);
            await using var session = await playground.OpenAsync(bot.MessagesEndpoint, lead, nameof(ExportJourneyTests));
            await session.RunAsync(async chat =>
            {
                await Expect(chat.Cards(t["WelcomeTitle"]).First).ToBeVisibleAsync();
                await chat.SendAsync("export");

                var card = await chat.CardAsync(t.Format("ExportTitle", ProgrammeName));
                await Expect(card.Root).ToContainTextAsync(t.Format("ExportLinksExpire", 15));
                await chat.ScreenshotAsync("export-1-card");

                // The button opens the link in a new tab, which the browser turns into a download (Content-Disposition).
                var context = chat.Page.Context;
                var download = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
                context.Page += (_, page) => page.Download += (_, d) => download.TrySetResult(d);
                chat.Page.Download += (_, d) => download.TrySetResult(d);
                // The Adaptive Cards renderer gives an Action.OpenUrl the role of a link, not a button.
                await card.Root.GetByRole(AriaRole.Link, new() { Name = t["ExportPairsButton"], Exact = true }).ClickAsync();
                var file = await download.Task.WaitAsync(TimeSpan.FromSeconds(30));

                Assert.StartsWith($"{address}/export/p-export/pairs.csv?", file.Url, StringComparison.Ordinal);
                Assert.Matches(@"^data-mentoring-pairs-\d{4}-\d{2}-\d{2}\.csv$", file.SuggestedFilename);
                var path = await file.PathAsync();
                var csv = CsvFile.Read(await File.ReadAllBytesAsync(path));
                Assert.True(csv.HasByteOrderMark);
                var row = Assert.Single(csv.Rows);
                Assert.Equal(("Sam Carter", "O'Brien, \"Bob\"", nameof(PairStatus.Active), "1", "1", "1"), (row["mentee"], row["mentor"], row["pair status"], row["meetings held"], row["check-ins answered"], row["check-ins sent"]));
                await chat.ScreenshotAsync("export-2-downloaded");

                // A link is a bearer's: it works outside the browser too until it expires (why it goes to the personal chat only).
                using var http = new HttpClient();
                using (var again = await http.GetAsync(new Uri(file.Url)))
                    Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            });
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }


    // The Playground's user leads "Data mentoring", where Sam and Bob (a name a spreadsheet would split) met once.
    private static async Task SeedAsync(IServiceProvider services, PlaygroundUser lead)
    {
        var programme = new Programme
        {
            Id = "p-export",
            Name = ProgrammeName,
            TenantId = Tenant,
            Leads = [lead.ObjectId],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30),
            EndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(150),
        };
        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = services.GetRequiredService<ParticipantStore>();
        var mentee = SchedulingScenario.Member(programme.Id, Tenant, "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d", "Sam Carter", Role.Mentee, "Europe/London");
        var mentor = SchedulingScenario.Member(programme.Id, Tenant, "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f", "O'Brien, \"Bob\"", Role.Mentor, "Europe/Paris");
        await participants.SaveAsync(mentee, default);
        await participants.SaveAsync(mentor, default);
        var pair = SchedulingScenario.ActivePair(programme.Id, Tenant, mentee.UserObjectId, Tenant, mentor.UserObjectId);
        await services.GetRequiredService<PairStore>().SaveAsync(pair, null, default);
        var sent = DateTimeOffset.UtcNow.AddHours(-6);
        var checkIn = CheckIn.For(pair, mentee, "export-e2e", CheckInTrigger.Every, sent, sent, asksFit: false).WithAnswer(new CheckInAnswer(Met.Yes, 4, []), sent.AddHours(1));
        Assert.True(await services.GetRequiredService<CheckInStore>().TryCreateAsync(checkIn, default));
    }
}
