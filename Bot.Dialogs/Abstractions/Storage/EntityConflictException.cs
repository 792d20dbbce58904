namespace MentorBot.Dialogs.Abstractions.Storage;

public enum EntityConflictReason
{
    /// <summary>The entity changed since it was read: its ETag no longer matches.</summary>
    ETagMismatch,

    /// <summary>An insert found the entity already there.</summary>
    AlreadyExists,

    /// <summary>A conditional update or delete found no entity.</summary>
    NotFound,
}

/// <summary>A conditional write lost: re-read and decide again. Nothing was written.</summary>
public sealed class EntityConflictException : Exception
{
    public EntityConflictException(EntityConflictReason reason, string partitionKey, string rowKey, int? batchIndex = null, Exception? inner = null)
        : base($"Conflict ({reason}) on entity '{partitionKey}'/'{rowKey}'" + (batchIndex is null ? "." : $" at batch operation {batchIndex}."), inner)
    {
        Reason = reason;
        PartitionKey = partitionKey;
        RowKey = rowKey;
        BatchIndex = batchIndex;
    }

    public EntityConflictException()
        : this(EntityConflictReason.ETagMismatch, string.Empty, string.Empty)
    {
    }

    public EntityConflictException(string message)
        : base(message)
    {
        PartitionKey = string.Empty;
        RowKey = string.Empty;
    }

    public EntityConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        PartitionKey = string.Empty;
        RowKey = string.Empty;
    }

    public EntityConflictReason Reason { get; }

    public string PartitionKey { get; }

    public string RowKey { get; }

    public int? BatchIndex { get; }
}
