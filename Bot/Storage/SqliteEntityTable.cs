using System.Globalization;
using System.Runtime.CompilerServices;
using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Data.Sqlite;

namespace MentorBot.Storage;

internal sealed class SqliteEntityTable(SqliteEntityStore store, string table, TimeProvider time) : IEntityTable
{
    private const int SqliteConstraintPrimaryKey = 1555;

    public async Task<StoredEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        EntityLimits.CheckKeys(partitionKey, rowKey);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, rk, etag, body, ts FROM entities WHERE tbl = $t AND pk = $p AND rk = $r";
        AddKeys(command, partitionKey, rowKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<string> InsertAsync(EntityWrite entity, CancellationToken cancellationToken)
    {
        EntityLimits.CheckWrite(entity);
        await using var connection = await store.OpenAsync(cancellationToken);
        return await ApplyAsync(connection, BatchOperation.Insert(entity), null, cancellationToken);
    }

    public async Task<string> UpsertAsync(EntityWrite entity, CancellationToken cancellationToken)
    {
        EntityLimits.CheckWrite(entity);
        await using var connection = await store.OpenAsync(cancellationToken);
        return await ApplyAsync(connection, BatchOperation.Upsert(entity), null, cancellationToken);
    }

    public async Task<string> UpdateAsync(EntityWrite entity, string ifMatch, CancellationToken cancellationToken)
    {
        EntityLimits.CheckWrite(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await using var connection = await store.OpenAsync(cancellationToken);
        return await ApplyAsync(connection, BatchOperation.Update(entity, ifMatch), null, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string partitionKey, string rowKey, string? ifMatch, CancellationToken cancellationToken)
    {
        EntityLimits.CheckKeys(partitionKey, rowKey);
        if (ifMatch is not null)
            ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await using var connection = await store.OpenAsync(cancellationToken);
        var result = await ApplyAsync(connection, BatchOperation.Delete(partitionKey, rowKey, ifMatch), null, cancellationToken);
        return result.Length > 0;
    }

    public async IAsyncEnumerable<StoredEntity> QueryAsync(string partitionKey, RowKeyRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(range);

        // SQLite compares text as UTF-8 bytes (code-point order); the port promises UTF-16 ordinal order. The two
        // differ only between U+E000–U+FFFF and characters above U+FFFF, so a bound free of both filters exactly,
        // and otherwise the partition is read and the bounds are applied here.
        var from = BelowSurrogates(range.From) ? range.From : null;
        var to = BelowSurrogates(range.To) ? range.To : null;
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, rk, etag, body, ts FROM entities WHERE tbl = $t AND pk = $p"
            + (from is null ? string.Empty : " AND rk >= $from")
            + (to is null ? string.Empty : " AND rk < $to");
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$p", partitionKey);
        if (from is not null)
            command.Parameters.AddWithValue("$from", from);
        if (to is not null)
            command.Parameters.AddWithValue("$to", to);

        // Collected and sorted in .NET for the same reason; partitions follow the reads, so a range stays small.
        var entities = new List<StoredEntity>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var entity = Read(reader);
                if (range.Contains(entity.RowKey))
                    entities.Add(entity);
            }
        }

        entities.Sort(static (a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        foreach (var entity in entities)
            yield return entity;
    }

    public async IAsyncEnumerable<StoredEntity> ScanAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, rk, etag, body, ts FROM entities WHERE tbl = $t ORDER BY pk, rk";
        command.Parameters.AddWithValue("$t", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return Read(reader);
    }

    public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        EntityLimits.CheckBatch(operations);
        await using var connection = await store.OpenAsync(cancellationToken);

        // Deferred transactions would let two batches read the same ETag; IMMEDIATE takes the write lock up front.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var etags = new List<string>(operations.Count);
        for (var i = 0; i < operations.Count; i++)
        {
            var etag = await ApplyAsync(connection, operations[i], i, cancellationToken, transaction);
            etags.Add(operations[i].Kind == BatchOperationKind.Delete ? string.Empty : etag);
        }

        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    // Applies one operation and returns the new ETag; for a delete, "deleted" or "" when there was nothing to delete.
    private async Task<string> ApplyAsync(SqliteConnection connection, BatchOperation op, int? batchIndex, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        var etag = ETags.New();
        var now = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        AddKeys(command, op.PartitionKey, op.RowKey);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$ts", now);
        command.Parameters.AddWithValue("$body", (object?)op.Body ?? DBNull.Value);
        command.Parameters.AddWithValue("$ifMatch", (object?)op.IfMatch ?? DBNull.Value);

        switch (op.Kind)
        {
            case BatchOperationKind.Insert:
                command.CommandText = "INSERT INTO entities (tbl, pk, rk, etag, body, ts) VALUES ($t, $p, $r, $etag, $body, $ts)";
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteConstraintPrimaryKey)
                {
                    throw new EntityConflictException(EntityConflictReason.AlreadyExists, op.PartitionKey, op.RowKey, batchIndex, e);
                }

                return etag;

            case BatchOperationKind.Upsert:
                command.CommandText = """
                    INSERT INTO entities (tbl, pk, rk, etag, body, ts) VALUES ($t, $p, $r, $etag, $body, $ts)
                    ON CONFLICT (tbl, pk, rk) DO UPDATE SET etag = excluded.etag, body = excluded.body, ts = excluded.ts
                    """;
                await command.ExecuteNonQueryAsync(cancellationToken);
                return etag;

            case BatchOperationKind.Update:
                command.CommandText = "UPDATE entities SET etag = $etag, body = $body, ts = $ts WHERE tbl = $t AND pk = $p AND rk = $r AND ($ifMatch = '*' OR etag = $ifMatch)";
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                    throw await ConflictAsync(connection, transaction, op, batchIndex, cancellationToken);
                return etag;

            case BatchOperationKind.Delete:
                command.CommandText = "DELETE FROM entities WHERE tbl = $t AND pk = $p AND rk = $r AND ($ifMatch IS NULL OR $ifMatch = '*' OR etag = $ifMatch)";
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    // As in Azure: only a lone unconditional delete may find nothing; in a batch it fails the batch.
                    if (op.IfMatch is not null || batchIndex is not null)
                        throw await ConflictAsync(connection, transaction, op, batchIndex, cancellationToken);
                    return string.Empty;
                }

                return "deleted";

            default:
                throw new ArgumentOutOfRangeException(nameof(op), op.Kind, "Unknown batch operation.");
        }
    }

    private async Task<EntityConflictException> ConflictAsync(SqliteConnection connection, SqliteTransaction? transaction, BatchOperation op, int? batchIndex, CancellationToken cancellationToken)
    {
        await using var probe = connection.CreateCommand();
        probe.Transaction = transaction;
        probe.CommandText = "SELECT 1 FROM entities WHERE tbl = $t AND pk = $p AND rk = $r";
        AddKeys(probe, op.PartitionKey, op.RowKey);
        var exists = await probe.ExecuteScalarAsync(cancellationToken) is not null;
        return new EntityConflictException(exists ? EntityConflictReason.ETagMismatch : EntityConflictReason.NotFound, op.PartitionKey, op.RowKey, batchIndex);
    }

    private static bool BelowSurrogates(string? bound) => bound is not null && !bound.Any(c => c >= '\uD800');

    private void AddKeys(SqliteCommand command, string partitionKey, string rowKey)
    {
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$p", partitionKey);
        command.Parameters.AddWithValue("$r", rowKey);
    }

    private static StoredEntity Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
