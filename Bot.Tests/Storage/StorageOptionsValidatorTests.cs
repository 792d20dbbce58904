using MentorBot.Hosting;

namespace MentorBot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private const string AzuriteLike = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    public static TheoryData<string?, string?, string, string?> AzureTablesSettings => new()
    {
        // connection string, service uri, prefix, expected failure (null: valid)
        { AzuriteLike, null, string.Empty, null },
        { "UseDevelopmentStorage=true", null, "mentorbot", null },
        { null, "https://account.table.core.windows.net", string.Empty, null },
        { null, "http://127.0.0.1:10002/devstoreaccount1", string.Empty, null },
        { null, null, string.Empty, "set exactly one of Storage:AzureTables:ConnectionString" },
        { "   ", null, string.Empty, "set exactly one of Storage:AzureTables:ConnectionString" },
        { AzuriteLike, "https://account.table.core.windows.net", string.Empty, "set exactly one of" },
        { "not a connection string", null, string.Empty, "is not a valid Azure Storage connection string" },
        { null, "http://account.table.core.windows.net", string.Empty, "must be an absolute https address" },
        { AzuriteLike, null, "has-dash", "TablePrefix" },
        { AzuriteLike, null, "1digitfirst", "TablePrefix" },
    };

    [Theory]
    [MemberData(nameof(AzureTablesSettings))]
    public void AzureTables_NeedsExactlyOneWellFormedConnection_AndAValidPrefix(string? connectionString, string? serviceUri, string prefix, string? failure)
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.AzureTables,
            AzureTables = new AzureTablesOptions
            {
                ConnectionString = connectionString,
                ServiceUri = serviceUri is null ? null : new Uri(serviceUri),
                TablePrefix = prefix,
            },
        };

        var result = new StorageOptionsValidator().Validate(null, options);

        if (failure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed);
            Assert.Contains(failure, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sqlite_IsValidByDefault_AndNeedsAFileName()
    {
        var validator = new StorageOptionsValidator();

        Assert.True(validator.Validate(null, new StorageOptions()).Succeeded);
        Assert.Contains("Storage:SqliteFile", validator.Validate(null, new StorageOptions { SqliteFile = " " }).FailureMessage, StringComparison.Ordinal);
    }
}
