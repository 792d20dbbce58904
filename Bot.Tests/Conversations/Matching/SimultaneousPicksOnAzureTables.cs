using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary><see cref="SimultaneousPicks"/> on Azure Table Storage (a real Azurite).</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class SimultaneousPicksOnAzureTables(AzuriteFixture azurite) : SimultaneousPicks
{
    protected override IDictionary<string, string> StorageSettings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
        ["Storage:AzureTables:TablePrefix"] = "r" + Guid.NewGuid().ToString("N")[..10],
    };
}
