using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// Presses truly at once: once armed, the first writes to one table (one per contender) are held until every
/// contender has reached its write, so each has read what it decides on before any of them writes. Later writes (a
/// retry after a conflict) go straight through. Installed over the app's own <see cref="IEntityStore"/> (our port),
/// whichever provider it is.
/// </summary>
public sealed class InterleavedWrites(string tableName, int contenders)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly string _table = tableName;
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private volatile bool _armed;

    /// <summary>How many writes were held (at most the number of contenders).</summary>
    public int Held => Math.Min(Volatile.Read(ref _arrived), contenders);

    /// <summary>Replaces the app's entity store with this one over it.</summary>
    public void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IEntityStore));
        services.Remove(original);
        services.AddSingleton<IEntityStore>(sp => new Store(this, original.ImplementationFactory is { } factory
            ? (IEntityStore)factory(sp)
            : original.ImplementationInstance as IEntityStore ?? (IEntityStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
    }

    /// <summary>From now on, the next <c>contenders</c> writes to the table wait for each other.</summary>
    public void Arm() => _armed = true;

    private async Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (!_armed)
            return;
        var arrived = Interlocked.Increment(ref _arrived);
        if (arrived > contenders)
            return;
        if (arrived == contenders)
            _allArrived.TrySetResult();

        // A contender that never writes would hold the others for ever: fail loudly instead.
        await _allArrived.Task.WaitAsync(Deadline, cancellationToken);
    }

    private sealed class Store(InterleavedWrites gate, IEntityStore inner) : IEntityStore
    {
        public IEntityTable Table(string name) =>
            string.Equals(name, gate._table, StringComparison.Ordinal) ? new Table(gate, inner.Table(name)) : inner.Table(name);

        public Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken) => inner.ListTablesAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
    }

    private sealed class Table(InterleavedWrites gate, IEntityTable inner) : IEntityTable
    {
        public Task<StoredEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) => inner.GetAsync(partitionKey, rowKey, cancellationToken);

        public async Task<string> InsertAsync(EntityWrite entity, CancellationToken cancellationToken)
        {
            await gate.ArriveAsync(cancellationToken);
            return await inner.InsertAsync(entity, cancellationToken);
        }

        public async Task<string> UpsertAsync(EntityWrite entity, CancellationToken cancellationToken)
        {
            await gate.ArriveAsync(cancellationToken);
            return await inner.UpsertAsync(entity, cancellationToken);
        }

        public async Task<string> UpdateAsync(EntityWrite entity, string ifMatch, CancellationToken cancellationToken)
        {
            await gate.ArriveAsync(cancellationToken);
            return await inner.UpdateAsync(entity, ifMatch, cancellationToken);
        }

        public Task<bool> DeleteAsync(string partitionKey, string rowKey, string? ifMatch, CancellationToken cancellationToken) =>
            inner.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);

        public IAsyncEnumerable<StoredEntity> QueryAsync(string partitionKey, RowKeyRange range, CancellationToken cancellationToken) =>
            inner.QueryAsync(partitionKey, range, cancellationToken);

        public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
        {
            await gate.ArriveAsync(cancellationToken);
            return await inner.SubmitBatchAsync(operations, cancellationToken);
        }

        public IAsyncEnumerable<StoredEntity> ScanAsync(CancellationToken cancellationToken) => inner.ScanAsync(cancellationToken);
    }
}
