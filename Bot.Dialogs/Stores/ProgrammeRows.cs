using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The plumbing the per-pair record stores share: rows partitioned by programme, keyed by parts joined with '|'
/// (pair first, so one pair's rows are a range), created insert-only and saved against a version. A part that is
/// empty or holds the separator could read as another pair's range: such a key is never read nor written.
/// </summary>
internal sealed class ProgrammeRows<T>(IEntityTable table, Func<T, string> programmeOf, Func<T, string[]> keyOf, Func<T, string> write, Func<string, T> read)
{
    public const char Separator = '|';

    public static bool CanBePart(string? id) => StoreIds.CanExist(id) && !id!.Contains(Separator, StringComparison.Ordinal);

    public static string RowKey(params string[] parts) => string.Join(Separator, parts);

    public async Task<(T Row, string Version)?> GetVersionedAsync(string programmeId, string[] parts, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId) || !parts.All(CanBePart))
            return null;
        var entity = await table.GetAsync(programmeId, RowKey(parts), cancellationToken);
        return entity is null ? null : (read(entity.Body), entity.ETag);
    }

    /// <summary>Every row of the programme, or those whose key starts with <paramref name="prefix"/> parts.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync(string programmeId, CancellationToken cancellationToken, params string[] prefix)
    {
        var result = new List<T>();
        if (!StoreIds.CanExist(programmeId) || !prefix.All(CanBePart))
            return result;
        var range = prefix.Length == 0 ? RowKeyRange.All : RowKeyRange.Prefix(RowKey(prefix) + Separator);
        await foreach (var entity in table.QueryAsync(programmeId, range, cancellationToken))
            result.Add(read(entity.Body));
        return result;
    }

    /// <summary>Inserts; false when the row exists already (another run recorded it first).</summary>
    public async Task<bool> TryCreateAsync(T row, CancellationToken cancellationToken)
    {
        try
        {
            await table.InsertAsync(Write(row), cancellationToken);
            return true;
        }
        catch (EntityConflictException e) when (e.Reason == EntityConflictReason.AlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Saves only if the row is still at <paramref name="version"/>; false when someone else saved first.</summary>
    public async Task<bool> TrySaveAsync(T row, string version, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateAsync(Write(row), version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    public Task DeleteAsync(T row, CancellationToken cancellationToken) =>
        table.DeleteAsync(programmeOf(row), RowKey(keyOf(row)), ifMatch: null, cancellationToken);

    private EntityWrite Write(T row)
    {
        var parts = keyOf(row);
        if (!parts.All(CanBePart))
            throw new ArgumentException($"A {typeof(T).Name}'s key parts must not be empty nor hold '{Separator}'.", nameof(row));
        return new(programmeOf(row), RowKey(parts), write(row));
    }
}
