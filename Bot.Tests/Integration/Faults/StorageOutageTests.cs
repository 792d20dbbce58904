using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using MentorBot.Tests.Integration.Erasure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration.Faults;

/// <summary>
/// The storage account goes away in the middle of a person's conversation and comes back: while it is away their
/// command gets a clear message and writes nothing; once it is back the same conversation carries on.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task AzuriteStopped_MidConversation_SaysSoAndWritesNothing_AndTheConversationCarriesOnWhenItReturns()
    {
        await using var azurite = new RestartableAzurite();
        await azurite.StartAsync();
        await using var journey = await ErasureJourney.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "outage",
        });
        await journey.LiveAsync();
        var programmeId = (await journey.App.Services.GetRequiredService<ParticipantStore>().ForUserAsync(journey.Person.TenantId, journey.Person.ObjectId, default)).Single().ProgrammeId;
        var pair = (await journey.App.Services.GetRequiredService<PairStore>().InProgrammeAsync(programmeId, default)).Single(p => p.IsActive);
        var snoozes = journey.App.Services.GetRequiredService<NudgeStore>();
        var before = (await snoozes.SnoozesForPairAsync(programmeId, pair.Id, default)).Count;

        await azurite.StopAsync();
        await SayAsync(journey, "snooze 20d");
        Assert.Contains("can't reach my storage right now, so nothing was changed", LastText(journey));

        await azurite.StartAsync();
        Assert.Equal(before, (await snoozes.SnoozesForPairAsync(programmeId, pair.Id, default)).Count);
        await SayAsync(journey, "snooze 20d");
        Assert.Contains("snoozed", LastText(journey), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before + 1, (await snoozes.SnoozesForPairAsync(programmeId, pair.Id, default)).Count);
    }

    private static async Task SayAsync(ErasureJourney journey, string text)
    {
        var seen = journey.Connector.ActivitiesIn(journey.Person.ConversationId).Count;
        using var response = await journey.App.PostActivityAsync(TeamsActivities.Message(journey.Person, journey.Connector.ServiceUrl, text));
        await Eventually.TrueAsync(() => Task.FromResult(journey.Connector.ActivitiesIn(journey.Person.ConversationId).Count > seen), $"a reply to '{text}'", TimeSpan.FromSeconds(60));
    }

    private static string LastText(ErasureJourney journey) =>
        journey.Connector.ActivitiesIn(journey.Person.ConversationId).Last(a => !string.IsNullOrEmpty(a.Text)).Text;
}
