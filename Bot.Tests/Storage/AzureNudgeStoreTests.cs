using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Storage;

/// <summary>The nudge repository on Azure Tables, against a real Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureNudgeStoreTests(AzuriteFixture azurite) : NudgeStoreContract
{
    protected override IEntityStore Store { get; } = new AzureTableEntityStore(new TableServiceClient(azurite.ConnectionString));
}
