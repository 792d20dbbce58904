using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The digest's read model, partitioned by programme: one row of <see cref="PairFacts"/> per pair, the roster packed
/// into <see cref="RosterBuckets"/> rows, and a mark saying the facts were built for the programme. A digest reads the
/// partition in a few range queries at once, about one page per thousand pairs plus a handful (issue 14's budget:
/// pairs/1000 + 10), where the records themselves are one row per check-in. Kept current by <see cref="DigestFactsFeed"/>; built whole the first time a digest finds no mark.
/// </summary>
public sealed class DigestFactsStore(IEntityStore store)
{
    public const string TableName = "digestfacts";

    /// <summary>
    /// Rows the roster is spread over: a few dozen, so the roster is one page however large the programme, and each row
    /// stays far below the entity size limit (64 rows of 1,500 people are about 400 KB each).
    /// </summary>
    public const int RosterBuckets = 64;

    /// <summary>The key ranges pair rows are spread over, each read by its own query: a handful, so a small programme pays a handful of requests.</summary>
    public const int PairRanges = 4;

    private const string PairPrefix = "pair|";
    private const string RosterPrefix = "roster|";
    private const string BuiltKey = "built";

    private IEntityTable Table => store.Table(TableName);

    /// <summary>
    /// The programme's facts; null until they were built (see <see cref="WriteAllAsync"/>). The pair rows are read
    /// as <see cref="PairRanges"/> range queries at once, and the roster with them: a large programme's rows arrive in
    /// parallel streams instead of one page after another.
    /// </summary>
    public async Task<(IReadOnlyList<Participant> Roster, IReadOnlyList<PairFacts> Pairs)?> ReadAsync(string programmeId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId))
            return null;
        var built = Table.GetAsync(programmeId, BuiltKey, cancellationToken);
        var roster = RowsAsync(programmeId, RosterPrefix, body => StoreJson.Read<List<Participant>>(body), cancellationToken);
        var pairs = Enumerable.Range(0, PairRanges).Select(range => RowsAsync(programmeId, PairRange(range), body => new List<PairFacts> { PairFactsRow.Read(programmeId, body) }, cancellationToken)).ToList();
        await Task.WhenAll([built, roster, .. pairs]);
        if (await built is null)
            return null;
        return (await roster, [.. pairs.SelectMany(p => p.Result)]);
    }

    private async Task<List<T>> RowsAsync<T>(string programmeId, string prefix, Func<string, List<T>> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await foreach (var entity in Table.QueryAsync(programmeId, RowKeyRange.Prefix(prefix), cancellationToken))
            rows.AddRange(read(entity.Body));
        return rows;
    }

    public async Task<string?> PairVersionAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        (await Table.GetAsync(programmeId, PairKey(pairId), cancellationToken))?.ETag;

    /// <summary>Saves a pair's facts if its row is still at <paramref name="version"/> (or still absent, for null); false otherwise.</summary>
    public Task<bool> TrySavePairAsync(PairFacts facts, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return TryWriteAsync(new EntityWrite(facts.Pair.ProgrammeId, PairKey(facts.Pair.Id), PairFactsRow.Write(facts)), version, cancellationToken);
    }

    public async Task<bool> TryDeletePairAsync(string programmeId, string pairId, string version, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteAsync(programmeId, PairKey(pairId), version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    /// <summary>The roster row a person is kept in, with its version (null when the row does not exist yet).</summary>
    public async Task<(List<Participant> People, string? Version)> BucketOfAsync(string programmeId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetAsync(programmeId, BucketKey(tenantId, userObjectId), cancellationToken);
        return entity is null ? ([], null) : (StoreJson.Read<List<Participant>>(entity.Body), entity.ETag);
    }

    public Task<bool> TrySaveBucketAsync(string programmeId, string tenantId, string userObjectId, IReadOnlyList<Participant> people, string? version, CancellationToken cancellationToken) =>
        TryWriteAsync(new EntityWrite(programmeId, BucketKey(tenantId, userObjectId), StoreJson.Write(people)), version, cancellationToken);

    /// <summary>Writes a programme's facts whole (pairs, then the roster), then the mark that says they are there.</summary>
    public async Task WriteAllAsync(string programmeId, IReadOnlyList<Participant> roster, IReadOnlyList<PairFacts> pairs, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(pairs);
        var writes = pairs.Select(f => new EntityWrite(programmeId, PairKey(f.Pair.Id), PairFactsRow.Write(f)))
            .Concat(roster.GroupBy(p => BucketKey(p.TenantId, p.UserObjectId)).Select(g => new EntityWrite(programmeId, g.Key, StoreJson.Write(g.ToList()))));
        foreach (var chunk in writes.Chunk(EntityLimits.MaxBatchOperations))
        {
            // Batches are also bounded in bytes: a chunk too large is written row by row.
            if (chunk.Sum(w => w.Body.Length) < EntityLimits.MaxBatchBodyBytes / 2)
                await Table.SubmitBatchAsync([.. chunk.Select(BatchOperation.Upsert)], cancellationToken);
            else
                foreach (var write in chunk)
                    await Table.UpsertAsync(write, cancellationToken);
        }

        await Table.UpsertAsync(new EntityWrite(programmeId, BuiltKey, StoreJson.Write(new { at })), cancellationToken);
    }

    /// <summary>Forgets that the programme's facts were built, so the next digest builds them again from the records.</summary>
    public Task ForgetBuiltAsync(string programmeId, CancellationToken cancellationToken) =>
        Table.DeleteAsync(programmeId, BuiltKey, ifMatch: null, cancellationToken);

    private static string BucketKey(string tenantId, string userObjectId) =>
        RosterPrefix + (Spread($"{tenantId}|{userObjectId}".ToUpperInvariant()) % RosterBuckets).ToString("D2", CultureInfo.InvariantCulture);

    private static string PairKey(string pairId) => PairRange(Spread(pairId) % PairRanges) + pairId;

    private static string PairRange(int range) => PairPrefix + range.ToString(CultureInfo.InvariantCulture) + "|";

    // Stable across processes and releases (string.GetHashCode is not), and spread evenly whatever the ids look like.
    private static int Spread(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (hash[0] << 8) | hash[1];
    }

    private async Task<bool> TryWriteAsync(EntityWrite write, string? version, CancellationToken cancellationToken)
    {
        try
        {
            if (version is null)
                await Table.InsertAsync(write, cancellationToken);
            else
                await Table.UpdateAsync(write, version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }
}
