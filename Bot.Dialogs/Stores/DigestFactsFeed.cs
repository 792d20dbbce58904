using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Extensions.Logging;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The entity store as the bot uses it, keeping the digest's facts (<see cref="DigestFactsStore"/>) current: after
/// every write to a table the digest reads from (participants, pairs, check-ins, surveys, nudges, snoozes), the pair or
/// person written is refreshed from its records. It sits under every store rather than in each of their write methods,
/// so a write added later cannot forget it.
/// <para>
/// The record is written first and stands on its own. Should the refresh fail after it (storage lost between the two),
/// the programme's facts are marked unbuilt, so the next digest rebuilds them from the records instead of reading stale
/// ones; only if that mark cannot be removed either do the facts stay behind, until the pair's next change.
/// </para>
/// </summary>
public sealed partial class DigestFactsFeed(IEntityStore records, TimeProvider time, ILogger<DigestFactsFeed> logger) : IEntityStore
{
    private readonly DigestFactsRefresh _refresh = new(records, time);

    /// <summary>The store underneath, unobserved: what the feed and the digest's own reads use.</summary>
    public IEntityStore Records => records;

    public IEntityTable Table(string name) => name switch
    {
        ParticipantStore.TableName => new Watched(records.Table(name), this, PersonOf),
        PairStore.TableName => new Watched(records.Table(name), this, r => r.StartsWith(PairStore.ReservationPrefix, StringComparison.Ordinal) ? null : (r, null)),
        CheckInStore.TableName or SurveyStore.TableName or NudgeStore.NudgeTable or NudgeStore.SnoozeTable => new Watched(records.Table(name), this, PairOf),
        _ => records.Table(name),
    };

    public Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken) => records.ListTablesAsync(cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken) => records.PingAsync(cancellationToken);

    // Rows keyed pair | …: the pair is the first part.
    private static (string, string?)? PairOf(string rowKey) =>
        rowKey.IndexOf('|', StringComparison.Ordinal) is > 0 and var end ? (rowKey[..end], null) : null;

    // Participants are keyed tenant | object id.
    private static (string, string?)? PersonOf(string rowKey) =>
        rowKey.IndexOf('|', StringComparison.Ordinal) is > 0 and var end ? (rowKey[..end], rowKey[(end + 1)..]) : null;

    private async Task RefreshAsync(string programmeId, IEnumerable<(string Id, string? User)> written, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (id, user) in written.Distinct())
            {
                if (user is null)
                    await _refresh.PairAsync(programmeId, id, cancellationToken);
                else
                    await _refresh.PersonAsync(programmeId, id, user, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefreshFailed(logger, e, programmeId);
            try
            {
                await _refresh.ForgetBuiltAsync(programmeId, CancellationToken.None);
            }
            catch (Exception again) when (again is not OperationCanceledException)
            {
                LogStale(logger, again, programmeId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The digest facts of programme {ProgrammeId} could not be refreshed after a write; the next digest rebuilds them")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string programmeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The digest facts of programme {ProgrammeId} could neither be refreshed nor marked for rebuilding; they lag until the pair's next change")]
    private static partial void LogStale(ILogger logger, Exception exception, string programmeId);

    /// <summary>A table whose every write refreshes the facts of what it wrote (<paramref name="keyOf"/>: pair, or tenant and user).</summary>
    private sealed class Watched(IEntityTable table, DigestFactsFeed feed, Func<string, (string Id, string? User)?> keyOf) : IEntityTable
    {
        public Task<StoredEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) => table.GetAsync(partitionKey, rowKey, cancellationToken);

        public IAsyncEnumerable<StoredEntity> QueryAsync(string partitionKey, RowKeyRange range, CancellationToken cancellationToken) => table.QueryAsync(partitionKey, range, cancellationToken);

        public IAsyncEnumerable<StoredEntity> ScanAsync(CancellationToken cancellationToken) => table.ScanAsync(cancellationToken);

        public async Task<string> InsertAsync(EntityWrite entity, CancellationToken cancellationToken)
        {
            var version = await table.InsertAsync(entity, cancellationToken);
            await WrittenAsync(entity.PartitionKey, [entity.RowKey], cancellationToken);
            return version;
        }

        public async Task<string> UpsertAsync(EntityWrite entity, CancellationToken cancellationToken)
        {
            var version = await table.UpsertAsync(entity, cancellationToken);
            await WrittenAsync(entity.PartitionKey, [entity.RowKey], cancellationToken);
            return version;
        }

        public async Task<string> UpdateAsync(EntityWrite entity, string ifMatch, CancellationToken cancellationToken)
        {
            var version = await table.UpdateAsync(entity, ifMatch, cancellationToken);
            await WrittenAsync(entity.PartitionKey, [entity.RowKey], cancellationToken);
            return version;
        }

        public async Task<bool> DeleteAsync(string partitionKey, string rowKey, string? ifMatch, CancellationToken cancellationToken)
        {
            var deleted = await table.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);
            if (deleted)
                await WrittenAsync(partitionKey, [rowKey], cancellationToken);
            return deleted;
        }

        public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
        {
            var versions = await table.SubmitBatchAsync(operations, cancellationToken);
            if (operations.Count > 0)
                await WrittenAsync(operations[0].PartitionKey, operations.Select(o => o.RowKey), cancellationToken);
            return versions;
        }

        private Task WrittenAsync(string programmeId, IEnumerable<string> rowKeys, CancellationToken cancellationToken) =>
            feed.RefreshAsync(programmeId, rowKeys.Select(keyOf).OfType<(string, string?)>(), cancellationToken);
    }
}
