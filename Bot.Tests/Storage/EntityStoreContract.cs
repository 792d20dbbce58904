using System.Text;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Storage;

/// <summary>
/// The one contract every entity-store provider passes: each provider's test class derives from this and supplies
/// a store. Every test works in a table of its own, so providers can share one server. Split by theme over the
/// EntityStoreContract.*.cs files.
/// </summary>
public abstract partial class EntityStoreContract : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(45));

    /// <summary>The provider under test, fresh for each test.</summary>
    protected abstract IEntityStore Store { get; }

    /// <summary>Fails a hung test instead of blocking the run.</summary>
    protected CancellationToken Ct => _timeout.Token;

    public virtual void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    protected IEntityTable NewTable() => Store.Table("t" + Guid.NewGuid().ToString("N"));

    protected static EntityWrite Write(string partitionKey, string rowKey, string body) => new(partitionKey, rowKey, body);

    protected static string Json(string text) => "{\"t\":\"" + text + "\"}";

    /// <summary>A JSON body of exactly <paramref name="utf8Bytes"/> UTF-8 bytes mixing 1- to 4-byte characters, so chunk edges split characters.</summary>
    protected static string JsonOfBytes(int utf8Bytes)
    {
        const string Pattern = "aé€😀"; // 1 + 2 + 3 + 4 bytes
        var room = utf8Bytes - Encoding.UTF8.GetByteCount(Json(string.Empty));
        var text = new StringBuilder(room);
        while (room >= 10)
        {
            text.Append(Pattern);
            room -= 10;
        }

        text.Append('a', room);
        var body = Json(text.ToString());
        Assert.Equal(utf8Bytes, Encoding.UTF8.GetByteCount(body));
        return body;
    }

    protected async Task<List<StoredEntity>> QueryAsync(IEntityTable table, string partitionKey, RowKeyRange range)
    {
        var result = new List<StoredEntity>();
        await foreach (var entity in table.QueryAsync(partitionKey, range, Ct))
            result.Add(entity);
        return result;
    }

    protected async Task<List<StoredEntity>> ScanAsync(IEntityTable table)
    {
        var result = new List<StoredEntity>();
        await foreach (var entity in table.ScanAsync(Ct))
            result.Add(entity);
        return result;
    }

    protected static string[] RowKeys(IEnumerable<StoredEntity> entities) => entities.Select(e => e.RowKey).ToArray();
}
