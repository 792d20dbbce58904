using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Infrastructure;

/// <summary>Looks through a whole store, for privacy checks: which entities still name someone.</summary>
public static class StoreInspection
{
    /// <summary>Every entity whose keys or body contain <paramref name="id"/>, as "table/partition/row".</summary>
    public static async Task<List<string>> EntitiesMentioningAsync(IEntityStore store, string id)
    {
        var found = new List<string>();
        foreach (var table in await store.ListTablesAsync(default))
        {
            await foreach (var e in store.Table(table).ScanAsync(default))
            {
                if ((e.PartitionKey + "\n" + e.RowKey + "\n" + e.Body).Contains(id, StringComparison.Ordinal))
                    found.Add($"{table}/{e.PartitionKey}/{e.RowKey}");
            }
        }

        return found;
    }
}
