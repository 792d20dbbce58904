namespace MentorBot.Dialogs.Abstractions.Storage;

public enum BatchOperationKind
{
    Insert,
    Upsert,
    Update,
    Delete,
}

/// <summary>One operation of a transactional batch. <see cref="IfMatch"/> applies to Update and Delete.</summary>
public sealed record BatchOperation(BatchOperationKind Kind, string PartitionKey, string RowKey, string? Body = null, string? IfMatch = null)
{
    public static BatchOperation Insert(EntityWrite e) => new(BatchOperationKind.Insert, e.PartitionKey, e.RowKey, e.Body);

    public static BatchOperation Upsert(EntityWrite e) => new(BatchOperationKind.Upsert, e.PartitionKey, e.RowKey, e.Body);

    public static BatchOperation Update(EntityWrite e, string ifMatch) => new(BatchOperationKind.Update, e.PartitionKey, e.RowKey, e.Body, ifMatch);

    public static BatchOperation Delete(string partitionKey, string rowKey, string? ifMatch = null) => new(BatchOperationKind.Delete, partitionKey, rowKey, null, ifMatch);
}
