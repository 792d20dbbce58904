using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Pairs, partitioned by programme: a matching round, a digest and the lead's approval card read one programme's
/// pairs at once. Saves are versioned, because a pair is changed from several places (the lead's card, the mentor's
/// answer, the deadline job) and two of them racing must not both win.
/// </summary>
public sealed class PairStore(IEntityStore store)
{
    public const string TableName = "pairs";

    private IEntityTable Table => store.Table(TableName);

    public async Task<Pair?> GetAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        (await GetVersionedAsync(programmeId, pairId, cancellationToken))?.Pair;

    /// <summary>The pair and its version, for a change that must not overwrite someone else's.</summary>
    public async Task<(Pair Pair, string Version)?> GetVersionedAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId) || !StoreIds.CanExist(pairId))
            return null;
        var entity = await Table.GetAsync(programmeId, pairId, cancellationToken);
        return entity is null ? null : (StoreJson.Read<Pair>(entity.Body), entity.ETag);
    }

    public async Task<IReadOnlyList<Pair>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken)
    {
        var result = new List<Pair>();
        if (!StoreIds.CanExist(programmeId))
            return result;
        await foreach (var entity in Table.QueryAsync(programmeId, RowKeyRange.All, cancellationToken))
            result.Add(StoreJson.Read<Pair>(entity.Body));
        return result;
    }

    /// <summary>
    /// Creates the pair (<paramref name="version"/> null; a conflict if it exists) or replaces it only if it is still
    /// at <paramref name="version"/>; either way a race ends in <see cref="EntityConflictException"/>, not an overwrite.
    /// Returns the new version.
    /// </summary>
    public Task<string> SaveAsync(Pair pair, string? version, CancellationToken cancellationToken)
    {
        var write = new EntityWrite(pair.ProgrammeId, pair.Id, StoreJson.Write(pair));
        return version is null ? Table.InsertAsync(write, cancellationToken) : Table.UpdateAsync(write, version, cancellationToken);
    }

    /// <summary>
    /// <see cref="SaveAsync"/>, answering false instead of throwing when someone else changed (or created) the pair
    /// first: for the many steps where losing the race simply means "already decided".
    /// </summary>
    public async Task<bool> TrySaveAsync(Pair pair, string? version, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(pair, version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    /// <summary>Removes a pair record (used by "delete my data").</summary>
    public Task DeleteAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        Table.DeleteAsync(programmeId, pairId, ifMatch: null, cancellationToken);
}
