using System.Text.Json;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Messaging;
using MentorBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// Reads every entity of every table back through the repository that owns it (a row that no longer deserializes
/// is a problem, not a crash of the audit), then checks the rules that span records in every programme partition:
/// at most one live pair per mentee, no mentor above capacity, no live pair (proposal, offer or active pair) whose
/// mentee or mentor has no participant record, and a reservation row for the mentee and the mentor of every live pair.
/// A table no reader knows is a problem too, so a new table cannot escape the audit.
/// </summary>
public sealed class StoredStateAudit(IServiceProvider services)
{
    private readonly List<string> _problems = [];
    private readonly IEntityStore _store = services.GetRequiredService<IEntityStore>();

    /// <summary>Mentor capacities (programme|tenant|user) before the run: a capacity lowered during the run is checked against the limit instead.</summary>
    public async Task<Dictionary<string, int?>> CapacitiesAsync()
    {
        var capacities = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var programmeId in await PartitionsAsync(ParticipantStore.TableName))
        {
            foreach (var p in await Get<ParticipantStore>().InProgrammeAsync(programmeId, default))
                capacities[Key(p)] = p.Capacity;
        }

        return capacities;
    }

    public async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyDictionary<string, int?> capacitiesBefore)
    {
        _problems.Clear();
        foreach (var table in await _store.ListTablesAsync(default))
        {
            try
            {
                await ReadBackAsync(table, capacitiesBefore);
            }
            catch (Exception e) when (e is JsonException or Newtonsoft.Json.JsonException or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                _problems.Add($"{table}: a row does not read back: {e.GetType().Name}: {e.Message}");
            }
        }

        return _problems;
    }

    private async Task ReadBackAsync(string table, IReadOnlyDictionary<string, int?> capacitiesBefore)
    {
        var rows = await RowsAsync(table);
        switch (table)
        {
            case ProgrammeStore.TableName:
                var programmes = new List<Programme>();
                await foreach (var programme in Get<ProgrammeStore>().ListAsync(default))
                    programmes.Add(programme);
                Expect(table, rows.Count, programmes.Count);
                _problems.AddRange(programmes.SelectMany(p => ProgrammeRules.Check(p).Select(e => $"programme {p.Id} is invalid: {e.Field} {e.MessageKey}")));
                break;
            case ParticipantStore.TableName:
                foreach (var partition in Partitions(rows))
                {
                    var participants = await Get<ParticipantStore>().InProgrammeAsync(partition, default);
                    Expect($"{table}/{partition}", rows.Count(r => r.PartitionKey == partition), participants.Count);
                    _problems.AddRange(participants.SelectMany(p => ParticipantRules.Check(p).Select(e => $"participant {p.UserObjectId} of {partition} is invalid: {e.Field} {e.MessageKey}")));
                }

                break;
            case ParticipantStore.MembershipTable:
                foreach (var partition in Partitions(rows))
                {
                    var (tenant, user) = Split(partition);
                    await Get<ParticipantStore>().ForUserAsync(tenant, user, default);
                }

                break;
            case PairStore.TableName:
                foreach (var partition in Partitions(rows))
                    await CheckPairsAsync(partition, [.. rows.Where(r => r.PartitionKey == partition)], capacitiesBefore);
                break;
            case CheckInStore.TableName:
                foreach (var partition in Partitions(rows))
                    Expect($"{table}/{partition}", rows.Count(r => r.PartitionKey == partition), (await Get<CheckInStore>().InProgrammeAsync(partition, default)).Count);
                break;
            case NudgeStore.NudgeTable:
                foreach (var partition in Partitions(rows))
                    Expect($"{table}/{partition}", rows.Count(r => r.PartitionKey == partition), (await Get<NudgeStore>().InProgrammeAsync(partition, default)).Count);
                break;
            case SurveyStore.TableName:
                foreach (var partition in Partitions(rows))
                    Expect($"{table}/{partition}", rows.Count(r => r.PartitionKey == partition), (await Get<SurveyStore>().InProgrammeAsync(partition, default)).Count);
                break;
            case NudgeStore.SnoozeTable:
                foreach (var partition in Partitions(rows))
                    Expect($"{table}/{partition}", rows.Count(r => r.PartitionKey == partition), (await Get<NudgeStore>().SnoozesInProgrammeAsync(partition, default)).Count);
                break;
            case DigestFactsStore.TableName:
                foreach (var partition in Partitions(rows))
                    await CheckDigestFactsAsync(partition);
                break;
            case CircleStore.TableName:
                foreach (var partition in Partitions(rows))
                    Expect($"{table}/{partition}", rows.Count(r => r.PartitionKey == partition), (await Get<CircleStore>().InProgrammeAsync(partition, default)).Count);
                break;
            case ConversationReferences.TableName:
                foreach (var row in rows)
                    Found(table, row, await Get<ConversationReferences>().GetAsync(row.PartitionKey, row.RowKey, default));
                break;
            case KnownPeople.TableName:
                foreach (var row in rows)
                    Found(table, row, await Get<KnownPeople>().FindAsync(row.PartitionKey, row.RowKey, default));
                break;
            case TeamChannelStore.TableName:
                foreach (var row in rows)
                    Found(table, row, await Get<TeamChannelStore>().GetAsync(row.PartitionKey, row.RowKey, default));
                break;
            case OfferDeadlineTokens.TableName:
                foreach (var row in rows)
                    Found(table, row, await Get<OfferDeadlineTokens>().FindAsync(row.RowKey, default));
                break;
            case LeadRequestTokens.TableName:
                foreach (var row in rows)
                    Found(table, row, await Get<LeadRequestTokens>().FindAsync(row.RowKey, default));
                break;
            case OutboxLedger.TableName:
                await foreach (var _ in Get<OutboxLedger>().MessagesAsync(null, default))
                {
                }

                break;
            case OutboxDueIndex.TableName:
                await foreach (var _ in Get<OutboxLedger>().ListDueAsync(int.MaxValue, default))
                {
                }

                break;
            case BotStateStorage.TableName:
                var state = await new BotStateStorage(_store).ReadAsync([.. Partitions(rows)], default);
                Expect(table, Partitions(rows).Count, state.Count);
                break;
            default:
                _problems.Add($"{table}: no reader in the audit knows this table; add one, so its rows are read back too");
                break;
        }
    }

    // Every row reads back, and the read model says what the records say: a facts row for each pair, each person in the roster as stored.
    private async Task CheckDigestFactsAsync(string programmeId)
    {
        if (await Get<DigestFactsStore>().ReadAsync(programmeId, default) is not { } facts)
            return;
        var pairs = (await Get<PairStore>().InProgrammeAsync(programmeId, default)).Select(p => p.Id).Order(StringComparer.Ordinal);
        if (!pairs.SequenceEqual(facts.Pairs.Select(f => f.Pair.Id).Order(StringComparer.Ordinal)))
            _problems.Add($"digestfacts/{programmeId}: the pair facts are not the programme's pairs");
        var people = (await Get<ParticipantStore>().InProgrammeAsync(programmeId, default)).Select(p => $"{Key(p)}|{p.Status}|{p.PausedUntil}").Order(StringComparer.Ordinal);
        if (!people.SequenceEqual(facts.Roster.Select(p => $"{Key(p)}|{p.Status}|{p.PausedUntil}").Order(StringComparer.Ordinal)))
            _problems.Add($"digestfacts/{programmeId}: the roster is not the programme's participants as stored");
    }

    private async Task CheckPairsAsync(string programmeId, List<StoredEntity> rows, IReadOnlyDictionary<string, int?> capacitiesBefore)
    {
        var pairs = await Get<PairStore>().InProgrammeAsync(programmeId, default);
        var reservations = rows.Where(r => r.RowKey.StartsWith(PairStore.ReservationPrefix, StringComparison.Ordinal)).ToList();
        Expect($"pairs/{programmeId}", rows.Count - reservations.Count, pairs.Count);
        foreach (var row in reservations)
        {
            if (JsonDocument.Parse(row.Body).RootElement.GetProperty("livePairs").GetInt32() < 0)
                _problems.Add($"pairs/{programmeId}: reservation {row.RowKey} holds a negative count");
        }

        var programme = await Get<ProgrammeStore>().GetAsync(programmeId, default);
        var people = (await Get<ParticipantStore>().InProgrammeAsync(programmeId, default)).ToDictionary(Key, StringComparer.OrdinalIgnoreCase);
        var live = pairs.Where(p => p.IsLive).ToList();
        foreach (var mentee in live.GroupBy(p => p.MenteeId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            _problems.Add($"pairs/{programmeId}: mentee {mentee.Key} has {mentee.Count()} live pairs ({string.Join(", ", mentee.Select(p => p.Status))})");
        foreach (var mentor in live.GroupBy(p => (p.MentorTenantId, p.MentorId)))
        {
            var key = $"{programmeId}|{mentor.Key.MentorTenantId}|{mentor.Key.MentorId}";
            var now = people.GetValueOrDefault(key);
            var capacity = now is null || programme is null ? Limits.CapacityMax : programme.CapacityOf(now);
            if (capacitiesBefore.TryGetValue(key, out var before) && before != now?.Capacity)
                capacity = Limits.CapacityMax;
            if (mentor.Count() > capacity)
                _problems.Add($"pairs/{programmeId}: mentor {mentor.Key.MentorId} holds {mentor.Count()} live pairs, above a capacity of {capacity}");
        }

        foreach (var pair in live)
        {
            foreach (var (role, tenant, user) in new[] { ("mentee", pair.MenteeTenantId, pair.MenteeId), ("mentor", pair.MentorTenantId, pair.MentorId) })
            {
                if (!people.ContainsKey($"{programmeId}|{tenant}|{user}"))
                    _problems.Add($"pairs/{programmeId}: {pair.Status} pair {pair.Id} has no participant record for its {role} (orphan)");
                if (!reservations.Any(r => string.Equals(r.RowKey, $"{PairStore.ReservationPrefix}{role}!{user}", StringComparison.OrdinalIgnoreCase)))
                    _problems.Add($"pairs/{programmeId}: {pair.Status} pair {pair.Id} has no reservation row for its {role}");
            }
        }
    }

    private void Expect(string where, int rows, int read)
    {
        if (rows != read)
            _problems.Add($"{where}: {rows} rows stored but {read} read back");
    }

    private void Found(string table, StoredEntity row, object? read)
    {
        if (read is null)
            _problems.Add($"{table}/{row.PartitionKey}/{row.RowKey}: stored but not found by its repository");
    }

    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    private async Task<List<StoredEntity>> RowsAsync(string table)
    {
        var rows = new List<StoredEntity>();
        await foreach (var row in _store.Table(table).ScanAsync(default))
            rows.Add(row);
        return rows;
    }

    private async Task<List<string>> PartitionsAsync(string table) => Partitions(await RowsAsync(table));

    private static List<string> Partitions(IEnumerable<StoredEntity> rows) => [.. rows.Select(r => r.PartitionKey).Distinct(StringComparer.Ordinal)];

    private static string Key(Participant p) => $"{p.ProgrammeId}|{p.TenantId}|{p.UserObjectId}";

    private static (string Tenant, string User) Split(string userKey)
    {
        var bar = userKey.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (userKey, string.Empty) : (userKey[..bar], userKey[(bar + 1)..]);
    }
}
