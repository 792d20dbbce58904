using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Storage;

public abstract partial class EntityStoreContract
{
    [Theory]
    [InlineData(EntityLimits.MaxBodyBytes + 1)]
    [InlineData((1024 * 1024) + 1)]
    public async Task Writes_OverTheBodyLimit_AreRefused_AndWriteNothing(int bytes)
    {
        var table = NewTable();
        var tooLarge = JsonOfBytes(bytes);
        var etag = await table.InsertAsync(Write("p", "existing", Json("kept")), Ct);

        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.InsertAsync(Write("p", "new", tooLarge), Ct));
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.UpsertAsync(Write("p", "new", tooLarge), Ct));
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.UpsertAsync(Write("p", "existing", tooLarge), Ct));
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.UpdateAsync(Write("p", "existing", tooLarge), etag, Ct));
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.SubmitBatchAsync([BatchOperation.Insert(Write("p", "new", tooLarge))], Ct));

        var all = await ScanAsync(table);
        var only = Assert.Single(all);
        Assert.Equal(("existing", Json("kept"), etag), (only.RowKey, only.Body, only.ETag));
    }

    [Theory]
    [InlineData(EntityLimits.MaxBodyBytes - 1_000)]
    [InlineData(EntityLimits.MaxBodyBytes)]
    public async Task Body_UpToTheLimit_WithMultiByteCharacters_RoundTripsThroughEveryKindOfWrite(int bytes)
    {
        var table = NewTable();
        var body = JsonOfBytes(bytes);
        var other = JsonOfBytes(bytes - 1);

        var inserted = await table.InsertAsync(Write("p", "insert", body), Ct);
        await table.UpsertAsync(Write("p", "upsert", body), Ct);
        var upserted = await table.UpsertAsync(Write("p", "upsert", other), Ct);
        await table.UpdateAsync(Write("p", "upsert", body), upserted, Ct);
        await table.SubmitBatchAsync([BatchOperation.Upsert(Write("p", "batch", body)), BatchOperation.Update(Write("p", "insert", other), inserted)], Ct);

        Assert.Equal(body, (await table.GetAsync("p", "upsert", Ct))!.Body);
        var all = (await QueryAsync(table, "p", RowKeyRange.All)).ToDictionary(e => e.RowKey, e => e.Body);
        Assert.Equal(3, all.Count);
        Assert.Equal((body, other, body), (all["batch"], all["insert"], all["upsert"]));
    }

    [Fact]
    public async Task Body_ThatIsNotValidUnicode_IsRefused_InsteadOfBeingSilentlyAltered()
    {
        var table = NewTable();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => table.UpsertAsync(Write("p", "r", Json("lone \uD83D surrogate")), Ct));

        Assert.Empty(await ScanAsync(table));
    }

    [Fact]
    public async Task Keys_AreLimitedOnceEscaped_To512Characters()
    {
        var table = NewTable();
        var longest = new string('k', EntityLimits.MaxEncodedKeyLength);

        await table.InsertAsync(Write(longest, longest, Json("fits")), Ct);
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.InsertAsync(Write("p", longest + "k", Json("too long")), Ct));

        // 200 slashes are 600 characters once escaped.
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.InsertAsync(Write(new string('/', 200), "r", Json("too long")), Ct));

        Assert.Equal(Json("fits"), (await table.GetAsync(longest, longest, Ct))!.Body);
        Assert.Single(await ScanAsync(table));
    }
}
