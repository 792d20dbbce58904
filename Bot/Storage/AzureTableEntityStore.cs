using System.Collections.Concurrent;
using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Storage;

/// <summary>
/// The production provider: Azure Table Storage (or Azurite). Each port table is one Azure table, named with an
/// optional prefix so several deployments can share a storage account. Tables are created on first use.
/// </summary>
public sealed class AzureTableEntityStore : IEntityStore
{
    private readonly TableServiceClient _service;
    private readonly string _tablePrefix;

    // Tables known to exist, so the create call is paid once per table per process.
    private readonly ConcurrentDictionary<string, bool> _existingTables = new(StringComparer.Ordinal);

    public AzureTableEntityStore(TableServiceClient service, string tablePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tablePrefix);
        if (tablePrefix.Length > 0)
            TableNames.CheckPrefix(tablePrefix);
        _service = service;
        _tablePrefix = tablePrefix;
    }

    public IEntityTable Table(string name)
    {
        TableNames.Check(name);
        var fullName = _tablePrefix + name;
        TableNames.Check(fullName);
        return new AzureTableEntityTable(this, _service.GetTableClient(fullName));
    }

    public async Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken)
    {
        // Only this deployment's tables (those with our prefix), named as the port names them.
        var tables = new List<string>();
        await foreach (var item in _service.QueryAsync(filter: (string?)null, cancellationToken: cancellationToken))
        {
            if (item.Name.StartsWith(_tablePrefix, StringComparison.Ordinal))
                tables.Add(item.Name[_tablePrefix.Length..]);
        }

        tables.Sort(StringComparer.Ordinal);
        return tables;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        // Listing (at most one) table needs only data-plane rights, unlike reading the service properties.
        await using var pages = _service.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken).AsPages(pageSizeHint: 1).GetAsyncEnumerator(cancellationToken);
        await pages.MoveNextAsync();
    }

    internal async ValueTask EnsureTableAsync(TableClient table, CancellationToken cancellationToken)
    {
        if (_existingTables.ContainsKey(table.Name))
            return;

        // Two first callers may both create: CreateIfNotExists makes that harmless, and a failure is not cached.
        await table.CreateIfNotExistsAsync(cancellationToken);
        _existingTables.TryAdd(table.Name, true);
    }
}
