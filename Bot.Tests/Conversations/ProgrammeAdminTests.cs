using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>Leads create, edit and close programmes from cards; everyone else is refused and nothing changes.</summary>
public sealed class ProgrammeAdminTests : IAsyncLifetime
{
    private static readonly TeamsUser Lead = TeamsUser.Create("Lead");
    private readonly BotHarness _bot = new(new Dictionary<string, string> { ["MentorBot:Leads:0"] = Lead.ObjectId });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Lead_CreatesAProgrammeFromTheForm_AndSeesItListedWithCounts()
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();
        var saved = await _bot.SendAsync(Lead, null, form.Submit(new { name = "Data mentoring", skills = "Data engineering\nPublic speaking" }));
        Assert.Contains("Data mentoring is created and open", saved.Texts());

        var programme = Assert.Single(await Programmes());
        Assert.Equal(["Data engineering", "Public speaking"], programme.SkillsCatalogue);
        Assert.Equal([Lead.ObjectId], programme.Leads);
        var listed = (await _bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First().ToString();
        Assert.Contains("0 active, 0 paused, 0 left", listed);
    }

    [Fact]
    public async Task InvalidFields_AreAllNamed_AndNothingIsSaved()
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();
        var refused = await _bot.SendAsync(Lead, null, form.Submit(new { name = "x", endDate = "2020-01-01", capacity = "99" }));

        Assert.Contains("Nothing was saved", refused.Texts());
        Assert.Contains("from 1 to 10", refused.Texts());
        Assert.Empty(await Programmes());
    }

    [Fact]
    public async Task SomeoneWhoIsNotALead_CannotCreate_NorEdit()
    {
        var member = TeamsUser.Create("Member");
        Assert.Contains("Only programme leads", (await _bot.SendAsync(member, "new programme")).Texts());
        var programme = await _bot.SeedProgrammeAsync("Theirs", Lead.ObjectId);

        var forged = await _bot.SendAsync(member, null, new { verb = "programmeSave", programmeId = programme.Id, name = "Hijacked" });
        Assert.Contains("Only programme leads", forged.Texts());
        Assert.Equal("Theirs", (await Programmes()).Single().Name);
    }

    [Fact]
    public async Task TwoLeadsEditingAtOnce_TheSecondIsToldAndShownTheLatest()
    {
        var programme = await _bot.SeedProgrammeAsync("Original", Lead.ObjectId);
        var listed = (await _bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var first = (await _bot.SendAsync(Lead, null, listed.Submit())).LastCard();
        var second = (await _bot.SendAsync(Lead, null, listed.Submit())).LastCard();

        Assert.Contains("is updated", (await _bot.SendAsync(Lead, null, first.Submit(new { name = "First edit" }))).Texts());
        var stale = await _bot.SendAsync(Lead, null, second.Submit(new { name = "Second edit" }));

        Assert.Contains("changed First edit while you were editing", stale.Texts());
        Assert.Equal("First edit", (await Programmes()).Single(p => p.Id == programme.Id).Name);
    }

    [Fact]
    public async Task Editing_KeepsTheSettingsTheFormDoesNotShow()
    {
        var programme = await _bot.SeedProgrammeAsync("Weighted", Lead.ObjectId);
        var store = _bot.Services.GetRequiredService<ProgrammeStore>();
        var (_, version) = (await store.GetVersionedAsync(programme.Id, default))!.Value;
        var weights = MatchingWeights.Default with { Skills = 900 };
        await store.SaveAsync(programme with { Weights = weights }, version, default);

        var listed = (await _bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var form = (await _bot.SendAsync(Lead, null, listed.Submit())).LastCard();
        await _bot.SendAsync(Lead, null, form.Submit(new { name = "Renamed" }));

        var edited = (await Programmes()).Single();
        Assert.Equal(("Renamed", weights), (edited.Name, edited.Weights));
    }

    [Fact]
    public async Task ClosingTakesTheConfirmation_AndAClosedProgrammeCannotBeEditedOrJoined()
    {
        var programme = await _bot.SeedProgrammeAsync("Closing", Lead.ObjectId);
        var listed = (await _bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var confirm = (await _bot.SendAsync(Lead, null, listed.Submit(action: 2))).LastCard();
        Assert.Equal(ProgrammeStatus.Open, (await Programmes()).Single().Status);

        Assert.Contains("Closing is closed", (await _bot.SendAsync(Lead, null, confirm.Submit())).Texts());
        Assert.Equal(ProgrammeStatus.Closed, (await Programmes()).Single().Status);
        Assert.Contains("can no longer be changed", (await _bot.SendAsync(Lead, null, listed.Submit())).Texts());
        Assert.Contains("no mentoring programme open", (await _bot.SendAsync(TeamsUser.Create("Late"), null, new { verb = "join", role = "mentee" })).Texts());
        _ = programme;
    }

    private async Task<List<Programme>> Programmes() =>
        await _bot.Services.GetRequiredService<ProgrammeStore>().ListAsync(default).ToListAsync();
}
