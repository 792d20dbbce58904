using Azure.Data.Tables;
using MentorBot.Storage;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>Fails start-up on storage settings that would otherwise fail only at the first read or write.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Provider switch
        {
            StorageProvider.Sqlite => ValidateSqlite(options),
            StorageProvider.AzureTables => ValidateAzureTables(options.AzureTables),
            _ => [$"Storage:Provider '{options.Provider}' is not supported; use Sqlite or AzureTables."],
        };
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static List<string> ValidateSqlite(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.SqliteFile) ? ["Storage:SqliteFile must name the SQLite file (relative to the data folder)."] : [];

    private static List<string> ValidateAzureTables(AzureTablesOptions azure)
    {
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(azure.ConnectionString);
        if (hasConnectionString == (azure.ServiceUri is not null))
        {
            failures.Add("Storage:Provider is AzureTables: set exactly one of Storage:AzureTables:ConnectionString "
                + "(a secret: user-secrets, environment or Key Vault) or Storage:AzureTables:ServiceUri (with a managed identity).");
        }
        else if (hasConnectionString && !IsWellFormed(azure.ConnectionString!))
        {
            failures.Add("Storage:AzureTables:ConnectionString is not a valid Azure Storage connection string.");
        }
        else if (azure.ServiceUri is { } uri && (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)))
        {
            failures.Add("Storage:AzureTables:ServiceUri must be an absolute https address (http only on loopback).");
        }

        if (!TableNames.IsValidPrefix(azure.TablePrefix ?? string.Empty))
            failures.Add("Storage:AzureTables:TablePrefix must be up to 40 letters or digits, starting with a letter (or empty).");
        return failures;
    }

    // Parsing builds no connection; it only rejects a string the SDK could never use.
    private static bool IsWellFormed(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
