using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Pairs, partitioned by programme: a matching round, a digest and the lead's approval card read one programme's
/// pairs at once. Saves are versioned, because a pair is changed from several places (the lead's card, the mentor's
/// answer, the deadline job) and two of them racing must not both win.
/// The same partition holds a reservation row per mentee and per mentor with live pairs (row keys starting with
/// <see cref="ReservationPrefix"/>): every new live pair rewrites both, version-checked, in one batch with the pair,
/// so of two new pairs decided on the same reading only one is saved and the other is decided again.
/// </summary>
public sealed class PairStore(IEntityStore store)
{
    public const string TableName = "pairs";

    /// <summary>Pair ids start with a user object id, never with this.</summary>
    public const string ReservationPrefix = "!live!";

    private IEntityTable Table => store.Table(TableName);

    public async Task<Pair?> GetAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        (await GetVersionedAsync(programmeId, pairId, cancellationToken))?.Pair;

    /// <summary>The pair and its version, for a change that must not overwrite someone else's.</summary>
    public async Task<(Pair Pair, string Version)?> GetVersionedAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId) || !StoreIds.CanExist(pairId) || IsReservation(pairId))
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
        {
            if (!IsReservation(entity.RowKey))
                result.Add(StoreJson.Read<Pair>(entity.Body));
        }

        return result;
    }

    /// <summary>
    /// Replaces the pair only if it is still at <paramref name="version"/>; a race ends in
    /// <see cref="EntityConflictException"/>, not an overwrite. New pairs go through <see cref="InsertLiveAsync"/>.
    /// Returns the new version.
    /// </summary>
    public Task<string> SaveAsync(Pair pair, string? version, CancellationToken cancellationToken)
    {
        var write = new EntityWrite(pair.ProgrammeId, pair.Id, StoreJson.Write(pair));
        return version is null ? Table.InsertAsync(write, cancellationToken) : Table.UpdateAsync(write, version, cancellationToken);
    }

    /// <summary>Applies a lifecycle change to the pair as stored (see <see cref="VersionedChange"/>); Gone when there is no such pair.</summary>
    public async Task<StoredChange<Pair>> ChangeAsync(string programmeId, string pairId, Func<Pair, Transition<Pair>> change, CancellationToken cancellationToken) =>
        await GetVersionedAsync(programmeId, pairId, cancellationToken) is { } found
            ? await ChangeAsync(found.Pair, found.Version, change, cancellationToken)
            : new StoredChange<Pair>(SaveOutcome.Gone, null, null);

    /// <summary>Applies a change to <paramref name="pair"/> as read at <paramref name="version"/>, deciding again on a fresh read after a conflict.</summary>
    public Task<StoredChange<Pair>> ChangeAsync(Pair pair, string version, Func<Pair, Transition<Pair>> change, CancellationToken cancellationToken) =>
        VersionedChange.ApplyAsync(pair, version, change, (p, v, ct) => SaveAsync(p, v, ct), ct => GetVersionedAsync(pair.ProgrammeId, pair.Id, ct), cancellationToken);

    /// <summary>
    /// Saves changed pairs of one programme all together, each only if it is still at its version; false (and nothing
    /// saved) when any of them changed meanwhile.
    /// </summary>
    public async Task<bool> TrySaveAllAsync(IReadOnlyList<(Pair Pair, string Version)> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        try
        {
            await Table.SubmitBatchAsync([.. changed.Select(c => BatchOperation.Update(new EntityWrite(c.Pair.ProgrammeId, c.Pair.Id, StoreJson.Write(c.Pair)), c.Version))], cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// Saves a new pair if the programme's rules still allow it when it is written: no pair of the same two people, and
    /// for a live pair the mentee without another live pair and the mentor below <paramref name="mentorCapacity"/>.
    /// The reservation rows are read before the pairs and rewritten with the pair in one batch, so a pair saved by
    /// someone else after this reading makes the batch fail and the rules are checked again on what they saved.
    /// </summary>
    public async Task<Placement> InsertLiveAsync(Pair pair, int mentorCapacity, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var menteeKey = ReservationKey("mentee", pair.MenteeId);
            var mentorKey = ReservationKey("mentor", pair.MentorId);
            var menteeRow = await Table.GetAsync(pair.ProgrammeId, menteeKey, cancellationToken);
            var mentorRow = await Table.GetAsync(pair.ProgrammeId, mentorKey, cancellationToken);
            var pairs = await InProgrammeAsync(pair.ProgrammeId, cancellationToken);
            var placement = LivePairs.Check(pairs, pair, mentorCapacity);
            if (placement != Placement.Allowed)
                return placement;

            var live = pairs.Where(p => p.IsLive).Append(pair).ToList();
            var batch = new List<BatchOperation>
            {
                BatchOperation.Insert(new EntityWrite(pair.ProgrammeId, pair.Id, StoreJson.Write(pair))),
                Reserve(pair.ProgrammeId, menteeKey, menteeRow, live.Where(p => string.Equals(p.MenteeId, pair.MenteeId, StringComparison.OrdinalIgnoreCase))),
                Reserve(pair.ProgrammeId, mentorKey, mentorRow, live.Where(p => string.Equals(p.MentorId, pair.MentorId, StringComparison.OrdinalIgnoreCase))),
            };
            try
            {
                await Table.SubmitBatchAsync(batch, cancellationToken);
                return Placement.Allowed;
            }
            catch (EntityConflictException) when (attempt < VersionedChange.Attempts * 2)
            {
                // Someone saved a pair of this mentee or mentor after our reading: decide again on what is there now.
            }
        }
    }

    /// <summary>Removes a pair record (used by "delete my data").</summary>
    public Task DeleteAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        Table.DeleteAsync(programmeId, pairId, ifMatch: null, cancellationToken);

    /// <summary>Removes the user's reservation rows in a programme (used by "delete my data": their keys name the user).</summary>
    public async Task DeleteReservationsAsync(string programmeId, string userObjectId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId))
            return;
        await Table.DeleteAsync(programmeId, ReservationKey("mentee", userObjectId), ifMatch: null, cancellationToken);
        await Table.DeleteAsync(programmeId, ReservationKey("mentor", userObjectId), ifMatch: null, cancellationToken);
    }

    private static bool IsReservation(string rowKey) => rowKey.StartsWith(ReservationPrefix, StringComparison.Ordinal);

    private static string ReservationKey(string role, string userObjectId) => $"{ReservationPrefix}{role}!{userObjectId}";

    // What matters is that the row changes version. It holds a count, not the pairs' ids: those name the partner, and
    // a partner's row must not keep the id of someone who erased their data.
    private static BatchOperation Reserve(string programmeId, string rowKey, StoredEntity? current, IEnumerable<Pair> holding)
    {
        var body = new JsonObject { ["livePairs"] = holding.Count() }.ToJsonString();
        var write = new EntityWrite(programmeId, rowKey, body);
        return current is null ? BatchOperation.Insert(write) : BatchOperation.Update(write, current.ETag);
    }
}
