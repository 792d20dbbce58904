using Azure.Core;
using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Storage;

/// <summary>The contract on the Azure Tables provider against a real Azurite, plus what only that provider has.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureTableEntityStoreTests(AzuriteFixture azurite) : EntityStoreContract
{
    private readonly TableServiceClient _service = new(azurite.ConnectionString);

    protected override IEntityStore Store => new AzureTableEntityStore(_service);

    [Fact]
    public async Task Body_IsStoredAsBinaryChunksOfAtMost64KB_UnderEscapedKeys()
    {
        var store = new AzureTableEntityStore(_service);
        var name = "t" + Guid.NewGuid().ToString("N");
        var body = JsonOfBytes(EntityLimits.MaxBodyBytes);
        await store.Table(name).InsertAsync(Write("tenant/1", "pair#2", body), Ct);

        var raw = (await _service.GetTableClient(name).GetEntityAsync<TableEntity>("tenant%2F1", "pair%232", cancellationToken: Ct)).Value;

        var chunks = raw.Keys.Where(k => k.StartsWith('B')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Enumerable.Range(0, (EntityLimits.MaxBodyBytes + 63_999) / 64_000).Select(i => $"B{i:D2}"), chunks);
        Assert.All(chunks, c => Assert.InRange(raw.GetBinary(c)!.Length, 1, 64_000));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(body), chunks.SelectMany(c => raw.GetBinary(c)!).ToArray());
    }

    [Fact]
    public async Task Table_IsCreatedOnFirstUse_UnderTheConfiguredPrefix()
    {
        var prefix = "env" + Guid.NewGuid().ToString("N")[..8];
        var store = new AzureTableEntityStore(_service, prefix);
        var other = new AzureTableEntityStore(_service, "other" + prefix);

        Assert.Empty(await TablesStartingWith(prefix));
        await store.Table("pairs").InsertAsync(Write("p", "r", Json("mine")), Ct);

        Assert.Equal([prefix + "pairs"], await TablesStartingWith(prefix));
        Assert.Null(await other.Table("pairs").GetAsync("p", "r", Ct));
        Assert.Throws<ArgumentException>(() => new AzureTableEntityStore(_service, "bad-prefix"));
    }

    [Fact]
    public async Task Ping_Succeeds_AgainstAzurite_AndFails_WhenTheServiceIsUnreachable()
    {
        await Store.PingAsync(Ct);

        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.Mode = RetryMode.Fixed;
        var closedPort = TestPorts.Free();
        var unreachable = new AzureTableEntityStore(new TableServiceClient(azurite.ConnectionString.Replace($":{azurite.Port}/", $":{closedPort}/", StringComparison.Ordinal), options));

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => unreachable.PingAsync(Ct));
    }

    private async Task<List<string>> TablesStartingWith(string prefix)
    {
        var names = new List<string>();
        await foreach (var table in _service.QueryAsync(cancellationToken: Ct))
        {
            if (table.Name.StartsWith(prefix, StringComparison.Ordinal))
                names.Add(table.Name);
        }

        return names;
    }
}
