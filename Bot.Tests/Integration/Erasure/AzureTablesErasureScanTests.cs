using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration.Erasure;

/// <summary>After `delete my data`, no table of the entity store (Azure Tables, a real Azurite) nor of Hangfire's storage holds the person.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureTablesErasureScanTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DeleteMyData_LeavesNoTraceOfThePerson_InAnyTable_OnAzureTables()
    {
        // A prefix of our own, so listing the store sees this test's tables only.
        await using var journey = await ErasureJourney.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "e" + Guid.NewGuid().ToString("N")[..10],
        });
        Assert.IsType<MentorBot.Storage.AzureTableEntityStore>(Assert.IsType<DigestFactsFeed>(journey.Store).Records);
        await journey.LiveAsync();
        await ErasureAssertions.EveryTraceIsStoredBeforeAsync(journey);

        await journey.DeleteMyDataAsync();

        await ErasureAssertions.NoTraceRemainsAsync(journey);
    }
}
