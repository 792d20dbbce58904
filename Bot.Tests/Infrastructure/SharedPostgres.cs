namespace MentorBot.Tests.Infrastructure;

/// <summary>Test classes in this collection share one PostgreSQL server (each test makes its own database).</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
