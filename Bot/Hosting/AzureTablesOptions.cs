namespace MentorBot.Hosting;

/// <summary>
/// Where the Azure Tables provider connects: either a connection string, or the service address with a managed
/// identity (no secret to keep). Exactly one of the two.
/// </summary>
public sealed class AzureTablesOptions
{
    /// <summary>
    /// An account-key or SAS connection string, or "UseDevelopmentStorage=true" for Azurite. It is a secret:
    /// set it through user-secrets, an environment variable or Key Vault, never in appsettings.json.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service address, e.g. https://account.table.core.windows.net, reached with a managed identity.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Put before every table name so several deployments can share one storage account (letters and digits).</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
