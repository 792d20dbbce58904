using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Storage;

/// <summary>The check-in repository on Azure Tables, against a real Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureCheckInStoreTests(AzuriteFixture azurite) : CheckInStoreContract
{
    protected override IEntityStore Store { get; } = new AzureTableEntityStore(new TableServiceClient(azurite.ConnectionString));
}
