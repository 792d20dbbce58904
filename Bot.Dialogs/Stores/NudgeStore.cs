using System.Globalization;
using System.Text.Json;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Nudges and snoozes, partitioned by programme: a digest reads what was tried for every pair in one partition query.
/// Nudge row keys are pair | kind | person | period (the idempotency key in another order), so one pair's nudges are
/// a range; creating is insert-only, so a job run twice, or two processes at once, record a nudge once. Snoozes are
/// kept as a history (pair | instant | person), insert-only too, so a double press records one.
/// </summary>
public sealed class NudgeStore(IEntityStore store)
{
    public const string NudgeTable = "nudges";
    public const string SnoozeTable = "snoozes";

    private const char Separator = '|';

    private static readonly JsonSerializerOptions Json = new(StoreJson.Options) { Converters = { new HealthReasonJson() } };

    public static string RowKey(string pairId, NudgeKind kind, string tenantId, string userObjectId, string period) =>
        string.Join(Separator, pairId, NudgePeriod.MessageKind(kind), tenantId, userObjectId, period);

    public async Task<(Nudge Nudge, string Version)?> GetVersionedAsync(string programmeId, string pairId, NudgeKind kind, string tenantId, string userObjectId, string period, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId) || !new[] { pairId, tenantId, userObjectId, period }.All(CanBePart))
            return null;
        var entity = await store.Table(NudgeTable).GetAsync(programmeId, RowKey(pairId, kind, tenantId, userObjectId, period), cancellationToken);
        return entity is null ? null : (Read<Nudge>(entity.Body), entity.ETag);
    }

    /// <summary>Records a nudge about to be sent; false when it exists already (another run recorded it first).</summary>
    public Task<bool> TryCreateAsync(Nudge nudge, CancellationToken cancellationToken) =>
        TryInsertAsync(NudgeTable, Write(nudge), cancellationToken);

    /// <summary>Saves a response only if the nudge is still at <paramref name="version"/>; false when someone else saved first.</summary>
    public async Task<bool> TrySaveAsync(Nudge nudge, string version, CancellationToken cancellationToken)
    {
        try
        {
            await store.Table(NudgeTable).UpdateAsync(Write(nudge), version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    /// <summary>Every nudge of the programme, in pair order.</summary>
    public Task<IReadOnlyList<Nudge>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken) =>
        QueryAsync<Nudge>(NudgeTable, programmeId, RowKeyRange.All, cancellationToken);

    /// <summary>One pair's nudges of every kind, to both people and to the leads.</summary>
    public Task<IReadOnlyList<Nudge>> ForPairAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        CanBePart(pairId) ? QueryAsync<Nudge>(NudgeTable, programmeId, RowKeyRange.Prefix(pairId + Separator), cancellationToken) : Task.FromResult<IReadOnlyList<Nudge>>([]);

    /// <summary>Records a snooze; false when the same person's snooze at the same instant is recorded already.</summary>
    public Task<bool> TryAddSnoozeAsync(Snooze snooze, CancellationToken cancellationToken) =>
        TryInsertAsync(SnoozeTable, Write(snooze), cancellationToken);

    public Task<IReadOnlyList<Snooze>> SnoozesInProgrammeAsync(string programmeId, CancellationToken cancellationToken) =>
        QueryAsync<Snooze>(SnoozeTable, programmeId, RowKeyRange.All, cancellationToken);

    public Task<IReadOnlyList<Snooze>> SnoozesForPairAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        CanBePart(pairId) ? QueryAsync<Snooze>(SnoozeTable, programmeId, RowKeyRange.Prefix(pairId + Separator), cancellationToken) : Task.FromResult<IReadOnlyList<Snooze>>([]);

    /// <summary>Erases the nudges sent to one person about one pair, and the snoozes they asked for ("delete my data"); returns how many.</summary>
    public async Task<int> DeletePersonAsync(string programmeId, string pairId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var nudges = (await ForPairAsync(programmeId, pairId, cancellationToken)).Where(n => n.IsFor(tenantId, userObjectId)).ToList();
        foreach (var nudge in nudges)
            await store.Table(NudgeTable).DeleteAsync(programmeId, Key(nudge), ifMatch: null, cancellationToken);
        var snoozes = (await SnoozesForPairAsync(programmeId, pairId, cancellationToken))
            .Where(s => string.Equals(s.ByTenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(s.ByUserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var snooze in snoozes)
            await store.Table(SnoozeTable).DeleteAsync(programmeId, Key(snooze), ifMatch: null, cancellationToken);
        return nudges.Count + snoozes.Count;
    }

    private static string Key(Nudge n) => RowKey(n.PairId, n.Kind, n.TenantId, n.UserObjectId, n.Period);

    private static string Key(Snooze s) =>
        string.Join(Separator, s.PairId, s.At.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture), s.ByTenantId, s.ByUserObjectId);

    private static EntityWrite Write(Nudge nudge)
    {
        if (!new[] { nudge.PairId, nudge.TenantId, nudge.UserObjectId, nudge.Period }.All(CanBePart))
            throw new ArgumentException($"A nudge's pair, person and period must not be empty nor hold '{Separator}'.", nameof(nudge));
        return new(nudge.ProgrammeId, Key(nudge), JsonSerializer.Serialize(nudge, Json));
    }

    private static EntityWrite Write(Snooze snooze)
    {
        if (!new[] { snooze.PairId, snooze.ByTenantId, snooze.ByUserObjectId }.All(CanBePart))
            throw new ArgumentException($"A snooze's pair and person must not be empty nor hold '{Separator}'.", nameof(snooze));
        return new(snooze.ProgrammeId, Key(snooze), JsonSerializer.Serialize(snooze, Json));
    }

    // A part holding the separator could read as another pair's range; such an id is never stored.
    private static bool CanBePart(string? id) => StoreIds.CanExist(id) && !id!.Contains(Separator, StringComparison.Ordinal);

    private static T Read<T>(string body) => JsonSerializer.Deserialize<T>(body, Json) ?? throw new InvalidDataException($"Empty {typeof(T).Name} body.");

    private async Task<bool> TryInsertAsync(string table, EntityWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await store.Table(table).InsertAsync(write, cancellationToken);
            return true;
        }
        catch (EntityConflictException e) when (e.Reason == EntityConflictReason.AlreadyExists)
        {
            return false;
        }
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string table, string programmeId, RowKeyRange range, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        if (!StoreIds.CanExist(programmeId))
            return result;
        await foreach (var entity in store.Table(table).QueryAsync(programmeId, range, cancellationToken))
            result.Add(Read<T>(entity.Body));
        return result;
    }
}
