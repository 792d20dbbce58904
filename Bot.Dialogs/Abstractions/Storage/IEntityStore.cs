namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>
/// The storage port: the shape of Azure Table Storage and nothing more. Every provider
/// (embedded SQLite, Azure Tables) implements it and passes the same contract suite;
/// repositories are written once, on top of it.
/// </summary>
public interface IEntityStore
{
    /// <summary>A named table. Table names are letters and digits, 3–63 characters, starting with a letter.</summary>
    IEntityTable Table(string name);

    /// <summary>Every table that holds entities; for administration and privacy checks, not for hot paths.</summary>
    Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken);

    /// <summary>Cheap round-trip used by the readiness probe.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
