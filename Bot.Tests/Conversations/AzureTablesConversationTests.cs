using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations;

/// <summary>The conversation guarantees that depend on storage, on Azure Table Storage (a real Azurite).</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureTablesConversationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        // A prefix of our own, so listing the store sees this test's tables only.
        _bot = new BotHarness(settings: new Dictionary<string, string>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "c" + Guid.NewGuid().ToString("N")[..10],
        });
        await _bot.SeedProgrammeAsync("Data mentoring", "lead-1");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task UserWhoStopsHalfway_ContinuesAfterARestart_OnAzureTables()
    {
        var user = TeamsUser.Create("Kai");
        Assert.IsType<MentorBot.Storage.AzureTableEntityStore>(Assert.IsType<DigestFactsFeed>(_bot.Services.GetRequiredService<IEntityStore>()).Records);
        var about = (await _bot.SendAsync(user, null, new { verb = "join", role = "mentee" })).LastCard();
        var goals = (await _bot.SendAsync(user, null, about.Submit(new { department = "Data", seniority = "Senior" }))).LastCard();
        var skills = (await _bot.SendAsync(user, null, goals.Submit(new { goal1 = "Kept across restarts" }))).LastCard();

        await _bot.RestartAsync();

        var next = (await _bot.SendAsync(user, null, skills.Submit(new { skills = "Data engineering" }))).LastCard();
        Assert.Contains("departmentPreference", next.InputIds());
        var draft = (await _bot.SendAsync(user, "my data")).LastCard().ToString();
        Assert.Contains("Kept across restarts", draft);
    }

    [Fact]
    public async Task DeleteMyData_LeavesNoEntityKeyedByOrHoldingTheUser_OnAzureTables()
    {
        var user = TeamsUser.Create("Noor");
        await OnboardingScript.CompleteAsync(_bot, user, "mentee", "Private goal");
        var confirm = (await _bot.SendAsync(user, "delete my data")).LastCard();
        Assert.NotEmpty(await EntitiesMentioning(user.ObjectId));

        await _bot.SendAsync(user, null, confirm.Submit());

        Assert.Empty(await EntitiesMentioning(user.ObjectId));
        Assert.Empty(await _bot.Services.GetRequiredService<ParticipantStore>().ForUserAsync(user.TenantId, user.ObjectId, default));
    }

    private Task<List<string>> EntitiesMentioning(string id) =>
        StoreInspection.EntitiesMentioningAsync(_bot.Services.GetRequiredService<IEntityStore>(), id);
}
