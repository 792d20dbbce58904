namespace MentorBot.Tests.Infrastructure;

/// <summary>Test classes in this collection share one Azurite; they run one after another, each using its own tables.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
