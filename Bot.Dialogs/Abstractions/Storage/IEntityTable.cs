namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>
/// One table of entities addressed by partition key and row key, each holding a JSON body and an ETag.
/// Conflicts surface as <see cref="EntityConflictException"/>, size violations as
/// <see cref="EntityTooLargeException"/> before anything is written.
/// </summary>
public interface IEntityTable
{
    Task<StoredEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken);

    /// <summary>Creates the entity; fails with a conflict when it already exists. Returns the new ETag.</summary>
    Task<string> InsertAsync(EntityWrite entity, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the entity whatever its ETag. Returns the new ETag.</summary>
    Task<string> UpsertAsync(EntityWrite entity, CancellationToken cancellationToken);

    /// <summary>Replaces the entity only when its ETag still equals <paramref name="ifMatch"/>. Returns the new ETag.</summary>
    Task<string> UpdateAsync(EntityWrite entity, string ifMatch, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the entity. With <paramref name="ifMatch"/> the ETag must still match (a conflict otherwise);
    /// without it, deleting a missing entity is not an error. Returns whether an entity was deleted.
    /// </summary>
    Task<bool> DeleteAsync(string partitionKey, string rowKey, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>
    /// The entities of one partition whose row keys fall in <paramref name="range"/>, in ordinal (UTF-16) row-key order
    /// whatever order the backing store keeps.
    /// </summary>
    IAsyncEnumerable<StoredEntity> QueryAsync(string partitionKey, RowKeyRange range, CancellationToken cancellationToken);

    /// <summary>
    /// Applies every operation atomically, all in one partition: all succeed or none is applied.
    /// At most <see cref="EntityLimits.MaxBatchOperations"/> operations, each entity once; a larger batch is
    /// refused (not split, which would break atomicity). Unlike <see cref="DeleteAsync"/>, a delete in a batch needs
    /// its entity to exist (as in Azure): a missing one fails the batch with <see cref="EntityConflictReason.NotFound"/>.
    /// A failure names the operation in <see cref="EntityConflictException.BatchIndex"/>. Returns the new ETag of each
    /// operation, in order (empty for deletes).
    /// </summary>
    Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken);

    /// <summary>Every entity of the table, in no particular order; for administration and privacy checks, not for hot paths.</summary>
    IAsyncEnumerable<StoredEntity> ScanAsync(CancellationToken cancellationToken);
}
