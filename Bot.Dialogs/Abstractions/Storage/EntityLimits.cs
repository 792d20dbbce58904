using System.Text;

namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>
/// Limits every provider enforces identically, taken from Azure Table Storage so that what works on the
/// embedded store also works in production. Checked before any write.
/// </summary>
public static class EntityLimits
{
    /// <summary>
    /// Azure's entity limit is 1 MiB, but the body travels base64-encoded (4/3 larger) and an update or upsert
    /// request over 1 MiB is refused (Azurite does so; the service's own rule is undocumented). 750,000 bytes are
    /// 1,000,000 on the wire, leaving room for the keys and property names in every kind of write.
    /// </summary>
    public const int MaxBodyBytes = 750_000;

    /// <summary>Azure's partition and row keys are at most 1 KiB (512 UTF-16 units) once escaped.</summary>
    public const int MaxEncodedKeyLength = 512;

    /// <summary>Azure's entity group transaction limit.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>
    /// Azure's entity group transaction payload limit is 4 MiB for the whole request, bodies base64-encoded:
    /// 2,750,000 bytes are about 3.67 MB on the wire, leaving the rest for the keys and the multipart envelope.
    /// </summary>
    public const int MaxBatchBodyBytes = 2_750_000;

    // Throws instead of replacing: a lone surrogate would otherwise be stored as U+FFFD, silently changing the data.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void CheckKeys(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        Utf8ByteCount(partitionKey, "partition key");
        Utf8ByteCount(rowKey, "row key");
        if (KeyEncoding.Encode(partitionKey).Length > MaxEncodedKeyLength)
            throw new EntityTooLargeException($"The partition key is too long ({partitionKey.Length} characters; at most {MaxEncodedKeyLength} once escaped).");
        if (KeyEncoding.Encode(rowKey).Length > MaxEncodedKeyLength)
            throw new EntityTooLargeException($"The row key is too long ({rowKey.Length} characters; at most {MaxEncodedKeyLength} once escaped).");
    }

    public static int CheckBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Utf8ByteCount(body, "entity body");
        if (bytes > MaxBodyBytes)
            throw new EntityTooLargeException($"The entity body is {bytes:N0} bytes; the limit is {MaxBodyBytes:N0} bytes (Azure Table Storage allows 1 MiB per entity, base64-encoded on the wire).");
        return bytes;
    }

    public static void CheckWrite(EntityWrite entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        CheckKeys(entity.PartitionKey, entity.RowKey);
        CheckBody(entity.Body);
    }

    /// <summary>Validates a batch the way Azure would, but before anything is sent.</summary>
    public static void CheckBatch(IReadOnlyList<BatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count == 0)
            throw new ArgumentException("A batch needs at least one operation.", nameof(operations));
        if (operations.Count > MaxBatchOperations)
            throw new BatchTooLargeException($"A batch holds at most {MaxBatchOperations} operations; this one has {operations.Count}. Split it into several batches where atomicity across them is not needed.");

        var partition = operations[0].PartitionKey;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var op in operations)
        {
            if (!string.Equals(op.PartitionKey, partition, StringComparison.Ordinal))
                throw new ArgumentException("Every operation of a batch must target the same partition.", nameof(operations));
            CheckKeys(op.PartitionKey, op.RowKey);
            if (!seen.Add(op.RowKey))
                throw new ArgumentException($"A batch may touch an entity only once; row key '{op.RowKey}' appears twice.", nameof(operations));
            if (op.Kind != BatchOperationKind.Delete)
                total += CheckBody(op.Body ?? throw new ArgumentException("Insert, upsert and update operations need a body.", nameof(operations)));
            if (op.Kind == BatchOperationKind.Update && op.IfMatch is null)
                throw new ArgumentException("An update operation needs an ETag to match.", nameof(operations));
        }

        if (total > MaxBatchBodyBytes)
            throw new BatchTooLargeException($"A batch carries at most {MaxBatchBodyBytes:N0} bytes of bodies; this one has {total:N0}.");
    }

    private static int Utf8ByteCount(string value, string what)
    {
        try
        {
            return StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"The {what} is not valid Unicode (it holds a lone surrogate at index {e.Index}); it could not be stored unchanged.", e);
        }
    }
}
