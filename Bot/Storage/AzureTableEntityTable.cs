using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Storage;

internal sealed class AzureTableEntityTable(AzureTableEntityStore store, TableClient client) : IEntityTable
{
    public async Task<StoredEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        EntityLimits.CheckKeys(partitionKey, rowKey);
        await store.EnsureTableAsync(client, cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(partitionKey), KeyEncoding.Encode(rowKey), cancellationToken: cancellationToken);
        return response.HasValue ? AzureTableEntityFormat.ToStoredEntity(response.Value!) : null;
    }

    public async Task<string> InsertAsync(EntityWrite entity, CancellationToken cancellationToken)
    {
        EntityLimits.CheckWrite(entity);
        await store.EnsureTableAsync(client, cancellationToken);
        try
        {
            var response = await client.AddEntityAsync(AzureTableEntityFormat.ToTableEntity(entity), cancellationToken);
            return ETagOf(response);
        }
        catch (RequestFailedException e) when (AzureTableConflicts.From(e, BatchOperationKind.Insert, entity.PartitionKey, entity.RowKey) is { } conflict)
        {
            throw conflict;
        }
    }

    public async Task<string> UpsertAsync(EntityWrite entity, CancellationToken cancellationToken)
    {
        EntityLimits.CheckWrite(entity);
        await store.EnsureTableAsync(client, cancellationToken);

        // Replace, never merge: a shorter body must not keep the old body's trailing chunks.
        var response = await client.UpsertEntityAsync(AzureTableEntityFormat.ToTableEntity(entity), TableUpdateMode.Replace, cancellationToken);
        return ETagOf(response);
    }

    public async Task<string> UpdateAsync(EntityWrite entity, string ifMatch, CancellationToken cancellationToken)
    {
        EntityLimits.CheckWrite(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await store.EnsureTableAsync(client, cancellationToken);
        try
        {
            var response = await client.UpdateEntityAsync(AzureTableEntityFormat.ToTableEntity(entity), new ETag(ifMatch), TableUpdateMode.Replace, cancellationToken);
            return ETagOf(response);
        }
        catch (RequestFailedException e) when (AzureTableConflicts.From(e, BatchOperationKind.Update, entity.PartitionKey, entity.RowKey) is { } conflict)
        {
            throw conflict;
        }
    }

    public async Task<bool> DeleteAsync(string partitionKey, string rowKey, string? ifMatch, CancellationToken cancellationToken)
    {
        EntityLimits.CheckKeys(partitionKey, rowKey);
        if (ifMatch is not null)
            ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await store.EnsureTableAsync(client, cancellationToken);
        Response response;
        try
        {
            response = await client.DeleteEntityAsync(KeyEncoding.Encode(partitionKey), KeyEncoding.Encode(rowKey), ifMatch is null ? ETag.All : new ETag(ifMatch), cancellationToken);
        }
        catch (RequestFailedException e) when (AzureTableConflicts.From(e, BatchOperationKind.Delete, partitionKey, rowKey) is { } conflict)
        {
            throw conflict;
        }

        // The SDK answers a missing entity with the 404 response instead of throwing.
        if (response.Status != 404)
            return true;
        if (ifMatch is not null)
            throw new EntityConflictException(EntityConflictReason.NotFound, partitionKey, rowKey);
        return false;
    }

    public async IAsyncEnumerable<StoredEntity> QueryAsync(string partitionKey, RowKeyRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(range);
        await store.EnsureTableAsync(client, cancellationToken);
        var bounds = EncodedRowKeyBounds.For(range);
        var filter = (bounds.From, bounds.To) switch
        {
            (null, _) => TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(partitionKey)}"),
            (_, null) => TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(partitionKey)} and RowKey ge {bounds.From}"),
            _ => TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(partitionKey)} and RowKey ge {bounds.From} and RowKey lt {bounds.To}"),
        };

        // The service returns escaped keys in its own order, which is not the port's ordinal order of the real keys:
        // the range is collected, narrowed and sorted here. Partitions follow the reads, so a range stays small.
        var entities = new List<StoredEntity>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var stored = AzureTableEntityFormat.ToStoredEntity(entity);
            if (range.Contains(stored.RowKey))
                entities.Add(stored);
        }

        entities.Sort(static (a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        foreach (var entity in entities)
            yield return entity;
    }

    public async IAsyncEnumerable<StoredEntity> ScanAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await store.EnsureTableAsync(client, cancellationToken);
        await foreach (var entity in client.QueryAsync<TableEntity>(filter: (string?)null, cancellationToken: cancellationToken))
            yield return AzureTableEntityFormat.ToStoredEntity(entity);
    }

    public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        // Refused before anything is sent; a batch over the limits is never split, which would break atomicity.
        EntityLimits.CheckBatch(operations);
        await store.EnsureTableAsync(client, cancellationToken);
        Response<IReadOnlyList<Response>> result;
        try
        {
            result = await client.SubmitTransactionAsync(operations.Select(ToAction), cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } index && index < operations.Count
            && AzureTableConflicts.From(e, operations[index].Kind, operations[index].PartitionKey, operations[index].RowKey, index) is { } conflict)
        {
            throw conflict;
        }

        var etags = new string[operations.Count];
        for (var i = 0; i < operations.Count; i++)
            etags[i] = operations[i].Kind == BatchOperationKind.Delete ? string.Empty : ETagOf(result.Value[i]);
        return etags;
    }

    private static TableTransactionAction ToAction(BatchOperation op) => op.Kind switch
    {
        BatchOperationKind.Insert => new TableTransactionAction(TableTransactionActionType.Add, AzureTableEntityFormat.ToTableEntity(op.PartitionKey, op.RowKey, op.Body)),
        BatchOperationKind.Upsert => new TableTransactionAction(TableTransactionActionType.UpsertReplace, AzureTableEntityFormat.ToTableEntity(op.PartitionKey, op.RowKey, op.Body)),
        BatchOperationKind.Update => new TableTransactionAction(TableTransactionActionType.UpdateReplace, AzureTableEntityFormat.ToTableEntity(op.PartitionKey, op.RowKey, op.Body), new ETag(op.IfMatch!)),
        BatchOperationKind.Delete => new TableTransactionAction(TableTransactionActionType.Delete, AzureTableEntityFormat.ToTableEntity(op.PartitionKey, op.RowKey, null), op.IfMatch is null ? ETag.All : new ETag(op.IfMatch)),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op.Kind, "Unknown batch operation."),
    };

    private static string ETagOf(Response response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The Table service answered a write without an ETag.");
}
