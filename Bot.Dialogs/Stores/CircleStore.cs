using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Circles;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Formed circles, partitioned by programme: forming reads every circle of the programme to leave their members out.
/// A plan's circles are inserted together (one batch, all or none), so two presses of one preview form it once.
/// </summary>
public sealed class CircleStore(IEntityStore store)
{
    public const string TableName = "circles";

    private IEntityTable Table => store.Table(TableName);

    public async Task<IReadOnlyList<CircleRecord>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken) =>
        [.. (await VersionedInProgrammeAsync(programmeId, cancellationToken)).Select(c => c.Circle)];

    public async Task<IReadOnlyList<(CircleRecord Circle, string Version)>> VersionedInProgrammeAsync(string programmeId, CancellationToken cancellationToken)
    {
        var result = new List<(CircleRecord, string)>();
        if (!StoreIds.CanExist(programmeId))
            return result;
        await foreach (var entity in Table.QueryAsync(programmeId, RowKeyRange.All, cancellationToken))
            result.Add((StoreJson.Read<CircleRecord>(entity.Body), entity.ETag));
        return result;
    }

    /// <summary>
    /// Inserts a plan's circles, all or none; false when one of them already exists (the plan was formed already).
    /// A plan larger than one batch is inserted batch by batch; the first batch decides, as it holds circle 1.
    /// </summary>
    public async Task<bool> TryInsertAllAsync(IReadOnlyList<CircleRecord> circles, CancellationToken cancellationToken)
    {
        var first = true;
        foreach (var chunk in circles.Chunk(EntityLimits.MaxBatchOperations))
        {
            try
            {
                await Table.SubmitBatchAsync([.. chunk.Select(c => BatchOperation.Insert(new EntityWrite(c.ProgrammeId, c.Id, StoreJson.Write(c))))], cancellationToken);
            }
            catch (EntityConflictException) when (first)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Replaces the circle only if it is still at <paramref name="version"/>; false when someone changed it first.</summary>
    public async Task<bool> TryUpdateAsync(CircleRecord circle, string version, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateAsync(new EntityWrite(circle.ProgrammeId, circle.Id, StoreJson.Write(circle)), version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    /// <summary>Removes the circle only if it is still at <paramref name="version"/>; false when someone changed it first.</summary>
    public async Task<bool> TryDeleteAsync(CircleRecord circle, string version, CancellationToken cancellationToken)
    {
        try
        {
            return await Table.DeleteAsync(circle.ProgrammeId, circle.Id, version, cancellationToken);
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }
}
