using MentorBot.Exports;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>`export` / `exporter`: a lead gets a card with the two signed links of their programme; anyone else is refused.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private const string PublicBaseUrl = "https://mentorbot.example.test/";
    private static readonly TeamsUser Lead = TeamsUser.Create("Lead");
    private readonly BotHarness _bot = new(new Dictionary<string, string> { ["MentorBot:PublicBaseUrl"] = PublicBaseUrl });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Lead_GetsACard_WithBothFilesLinks_SignedForThemAndTheProgramme()
    {
        var programme = await _bot.SeedProgrammeAsync("Data mentoring", Lead.ObjectId);

        var card = (await _bot.SendAsync(Lead, "export")).LastCard();

        Assert.Contains("Export of Data mentoring", AllText(card), StringComparison.Ordinal);
        Assert.Contains("15 minutes", AllText(card), StringComparison.Ordinal);
        var urls = card.SelectTokens("$.actions[?(@.type == 'Action.OpenUrl')].url").Select(u => new Uri(u.ToString())).ToList();
        Assert.Equal([$"{PublicBaseUrl}export/{programme.Id}/pairs.csv", $"{PublicBaseUrl}export/{programme.Id}/programme.csv"], urls.Select(u => u.GetLeftPart(UriPartial.Path)));
        var signer = _bot.Services.GetRequiredService<ExportSigner>();
        Assert.All(urls, url =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            Assert.Equal($"{BotHarness.Tenant}/{Lead.ObjectId}", query["lead"]);
            var grant = new ExportGrant(programme.Id, BotHarness.Tenant, Lead.ObjectId, long.Parse(query["exp"]!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(signer.Verifies(grant, query["sig"]!));
            Assert.InRange(grant.Expiry - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        });
    }

    [Fact]
    public async Task FrenchLead_TypesExporter_AndGetsTheCardInFrench()
    {
        var lead = TeamsUser.Create("Responsable", "fr-FR");
        await _bot.SeedProgrammeAsync("Mentorat data", lead.ObjectId);

        var card = (await _bot.SendAsync(lead, "exporter")).LastCard();

        Assert.Contains("Export de Mentorat data", AllText(card), StringComparison.Ordinal);
        Assert.Contains("Binômes (CSV)", card.SelectTokens("$.actions[*].title").Select(t => t.ToString()));
    }

    [Fact]
    public async Task SomeoneWhoLeadsNothing_IsRefused_WithoutALink()
    {
        await _bot.SeedProgrammeAsync("Data mentoring", Lead.ObjectId);
        var member = TeamsUser.Create("Member");

        var replies = await _bot.SendAsync(member, "export Data mentoring");

        Assert.Contains("Only programme leads", replies.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Card() is not null);
    }

    [Fact]
    public async Task UnknownProgrammeName_IsSaid_WithoutALink()
    {
        await _bot.SeedProgrammeAsync("Data mentoring", Lead.ObjectId);

        var replies = await _bot.SendAsync(Lead, "export Reverse mentoring");

        Assert.Contains("You lead no programme named Reverse mentoring.", replies.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Card() is not null);
    }

    [Fact]
    public async Task LeadOfSeveralProgrammes_IsToldTheNames_ThenNamesOne()
    {
        await _bot.SeedProgrammeAsync("Data mentoring", Lead.ObjectId);
        var reverse = await _bot.SeedProgrammeAsync("Reverse mentoring", Lead.ObjectId);

        var asked = await _bot.SendAsync(Lead, "export");
        Assert.Contains("You lead several programmes: Data mentoring, Reverse mentoring.", asked.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(asked, r => r.Card() is not null);

        var card = (await _bot.SendAsync(Lead, "export reverse MENTORING")).LastCard();
        Assert.Contains("Export of Reverse mentoring", AllText(card), StringComparison.Ordinal);
        Assert.All(card.SelectTokens("$.actions[*].url"), u => Assert.Contains($"/export/{reverse.Id}/", u.ToString(), StringComparison.Ordinal));
    }

    private static string AllText(JObject card) => Scheduling.SchedulingScenario.AllText(card);
}
