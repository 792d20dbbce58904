using System.Runtime.CompilerServices;
using System.Text.Json;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Messaging;

/// <summary>
/// The outbox's due index: one row per message that may still need delivering, all in one partition so the
/// outbox job reads it in one query. Not transactional with the ledger (the port has no cross-partition
/// transactions), so rows are added before a claim and removed after the outcome: a stale row costs one read,
/// a missing one could lose a message.
/// </summary>
public sealed class OutboxDueIndex(IEntityStore store, JsonSerializerOptions json)
{
    public const string TableName = "outboxdue";
    private const string Partition = "due";

    private IEntityTable Table => store.Table(TableName);

    public Task AddAsync(OutboxDueItem item, CancellationToken cancellationToken) =>
        Table.UpsertAsync(new EntityWrite(Partition, RowKey(item.TenantId, item.Address, item.Key), JsonSerializer.Serialize(item, json)), cancellationToken);

    public Task RemoveAsync(string tenantId, string address, string key, CancellationToken cancellationToken) =>
        Table.DeleteAsync(Partition, RowKey(tenantId, address, key), ifMatch: null, cancellationToken);

    public async IAsyncEnumerable<OutboxDueItem> ListAsync(int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var row in Table.QueryAsync(Partition, RowKeyRange.All, cancellationToken))
        {
            if (count++ >= max)
                yield break;
            yield return JsonSerializer.Deserialize<OutboxDueItem>(row.Body, json) ?? throw new InvalidDataException($"Empty outbox due row {row.RowKey}.");
        }
    }

    private static string RowKey(string tenantId, string address, string key) => $"{tenantId}|{address}|{key}";
}
