using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Storage;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureBotStateStorageTests(AzuriteFixture azurite) : BotStateStorageContract
{
    protected override IEntityStore Store { get; } = new AzureTableEntityStore(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString));
}
