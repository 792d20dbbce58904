namespace MentorBot.Hosting;

public enum StorageProvider
{
    /// <summary>One SQLite file under the data folder: no server, survives a restart.</summary>
    Sqlite,

    /// <summary>Azure Table Storage (or Azurite): for production and for several instances sharing state.</summary>
    AzureTables,
}

/// <summary>Settings under "Storage": which provider backs the entity store.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; relative to the data folder.</summary>
    public string SqliteFile { get; set; } = "mentorbot.db";

    /// <summary>Settings under "Storage:AzureTables", used when <see cref="Provider"/> is AzureTables.</summary>
    public AzureTablesOptions AzureTables { get; set; } = new();
}
