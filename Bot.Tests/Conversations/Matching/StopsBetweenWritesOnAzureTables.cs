using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary><see cref="StopsBetweenWrites"/> on Azure Table Storage (a real Azurite).</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StopsBetweenWritesOnAzureTables(AzuriteFixture azurite) : StopsBetweenWrites
{
    protected override IDictionary<string, string> StorageSettings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
        ["Storage:AzureTables:TablePrefix"] = "s" + Guid.NewGuid().ToString("N")[..10],
    };
}
