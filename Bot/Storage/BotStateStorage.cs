using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MentorBot.Storage;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> on our entity store, so user and conversation state follow the
/// configured provider. One partition per state key (keys look like "msteams/conversations/a:1…"); items that
/// implement <see cref="IStoreItem"/> get optimistic concurrency from the store's ETag.
/// </summary>
public sealed class BotStateStorage(IEntityStore store) : IStorage
{
    public const string TableName = "botstate";
    private const string RowKey = "state";

    // Matches MemoryStorage: state objects round-trip with their CLR types.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
    });

    private IEntityTable Table => store.Table(TableName);

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var entity = await Table.GetAsync(key, RowKey, cancellationToken);
            if (entity is null)
                continue;
            var item = JToken.Parse(entity.Body).ToObject<object>(Serializer)!;
            if (item is IStoreItem storeItem)
                storeItem.ETag = entity.ETag;
            result[key] = item;
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var body = JToken.FromObject(value, Serializer);
            if (body is JObject obj)
                obj.Remove(nameof(IStoreItem.ETag));
            var write = new EntityWrite(key, RowKey, body.ToString(Formatting.None));
            var etag = value is IStoreItem { ETag: { Length: > 0 } e } && e != "*" ? e : null;
            var newETag = etag is null
                ? await Table.UpsertAsync(write, cancellationToken)
                : await Table.UpdateAsync(write, etag, cancellationToken);
            if (value is IStoreItem storeItem)
                storeItem.ETag = newETag;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
            await Table.DeleteAsync(key, RowKey, ifMatch: null, cancellationToken);
    }
}
