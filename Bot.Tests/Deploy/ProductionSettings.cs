using MentorBot.Hosting;

namespace MentorBot.Tests.Deploy;

/// <summary>
/// The one list of app settings MentorBot needs in production, in App Service's environment-variable form
/// ("Section__Key" for "Section:Key"), named from the options classes the app binds wherever they exist.
/// </summary>
public static class ProductionSettings
{
    public static IReadOnlyList<RequiredSetting> Required { get; } =
    [
        // The Bot Framework's own names, bound from the configuration root (BotAuthenticationOptions).
        new(nameof(BotAuthenticationOptions.MicrosoftAppType)),
        new(nameof(BotAuthenticationOptions.MicrosoftAppId)),
        new(nameof(BotAuthenticationOptions.MicrosoftAppPassword)),
        new(nameof(BotAuthenticationOptions.MicrosoftAppTenantId)),

        // Entities in Azure Table Storage, reached with the app's managed identity. StorageProvider has no
        // AzureTables member and StorageOptions no AzureTables section yet (another branch adds them), hence strings.
        new(Key(StorageOptions.Section, nameof(StorageOptions.Provider)), "AzureTables"),
        new(Key(StorageOptions.Section, "AzureTables", "ServiceUri")),

        // Hangfire on PostgreSQL.
        new(Key(JobsOptions.Section, nameof(JobsOptions.Storage)), nameof(JobStorageKind.PostgreSql)),
        new(Key(JobsOptions.Section, nameof(JobsOptions.ConnectionString))),

        // Microsoft Graph (calendars, directory): always set, Credential None until an administrator consents.
        new(Key(GraphOptions.Section, nameof(GraphOptions.Credential))),
        new(Key(GraphOptions.Section, nameof(GraphOptions.TenantId))),
        new(Key(GraphOptions.Section, nameof(GraphOptions.ClientId))),
        new(Key(GraphOptions.Section, nameof(GraphOptions.ClientSecret))),

        // A lead's export: the links' signing key (a Key Vault secret) and the address they point at.
        new(Key(ExportOptions.Section, nameof(ExportOptions.SigningKey))),
        new(Key(MentorBotOptions.Section, nameof(MentorBotOptions.PublicBaseUrl))),

        // Read by the Azure Monitor exporter / Application Insights SDK, not by an options class of ours.
        new("APPLICATIONINSIGHTS_CONNECTION_STRING"),
    ];

    /// <summary>Settings the deployment must let an administrator set (from a parameter), without requiring them.</summary>
    public static IReadOnlyList<string> ConfigurablePrefixes { get; } =
    [
        Key(MentorBotOptions.Section, nameof(MentorBotOptions.AllowedTenants), string.Empty),
    ];

    /// <summary>"Jobs", "Storage" becomes "Jobs__Storage": the form App Service and Linux environment variables need.</summary>
    public static string Key(params string[] path) => string.Join("__", path);
}

/// <param name="ExpectedValue">When set, the literal value the setting must have.</param>
public sealed record RequiredSetting(string Name, string? ExpectedValue = null);
