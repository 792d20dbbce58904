using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Storage;

public abstract partial class EntityStoreContract
{
    [Fact]
    public async Task Get_ReturnsNull_WhenTheEntityIsMissing()
    {
        var table = NewTable();
        await table.InsertAsync(Write("p", "other", Json("x")), Ct);

        Assert.Null(await table.GetAsync("p", "missing", Ct));
        Assert.Null(await table.GetAsync("other", "other", Ct));
    }

    [Fact]
    public async Task Insert_ThenGet_ReturnsTheKeysBodyETagAndTimestamp()
    {
        var table = NewTable();
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var etag = await table.InsertAsync(Write("pair-1", "goal-1", Json("Learn Rust")), Ct);

        var stored = await table.GetAsync("pair-1", "goal-1", Ct);
        Assert.NotNull(stored);
        Assert.Equal(("pair-1", "goal-1", Json("Learn Rust"), etag), (stored.PartitionKey, stored.RowKey, stored.Body, stored.ETag));
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.InRange(stored.Timestamp, before, DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task Insert_FailsWithAlreadyExists_AndKeepsTheBody_WhenTheEntityExists()
    {
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", Json("first")), Ct);

        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => table.InsertAsync(Write("p", "r", Json("second")), Ct));

        Assert.Equal((EntityConflictReason.AlreadyExists, "p", "r", null), (conflict.Reason, conflict.PartitionKey, conflict.RowKey, conflict.BatchIndex));
        var stored = await table.GetAsync("p", "r", Ct);
        Assert.Equal((Json("first"), etag), (stored!.Body, stored.ETag));
    }

    [Fact]
    public async Task Upsert_CreatesTheEntity_ThenReplacesItWhateverItsETag()
    {
        var table = NewTable();

        var first = await table.UpsertAsync(Write("p", "r", Json("one")), Ct);
        Assert.Equal(Json("one"), (await table.GetAsync("p", "r", Ct))!.Body);

        var second = await table.UpsertAsync(Write("p", "r", Json("two")), Ct);
        var stored = await table.GetAsync("p", "r", Ct);
        Assert.Equal((Json("two"), second), (stored!.Body, stored.ETag));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Upsert_WithAShorterBody_LeavesNothingOfTheLongerOne()
    {
        var table = NewTable();
        await table.UpsertAsync(Write("p", "r", JsonOfBytes(700_000)), Ct);

        await table.UpsertAsync(Write("p", "r", Json("short")), Ct);

        Assert.Equal(Json("short"), (await table.GetAsync("p", "r", Ct))!.Body);
    }

    [Fact]
    public async Task Update_ReplacesTheBody_WhenTheETagMatches()
    {
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", JsonOfBytes(200_000)), Ct);

        var newETag = await table.UpdateAsync(Write("p", "r", Json("updated")), etag, Ct);

        var stored = await table.GetAsync("p", "r", Ct);
        Assert.Equal((Json("updated"), newETag), (stored!.Body, stored.ETag));
        Assert.NotEqual(etag, newETag);
    }

    [Fact]
    public async Task Update_FailsWithETagMismatch_AndKeepsTheBody_WhenTheETagIsStale()
    {
        var table = NewTable();
        var stale = await table.InsertAsync(Write("p", "r", Json("v1")), Ct);
        var current = await table.UpdateAsync(Write("p", "r", Json("v2")), stale, Ct);

        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => table.UpdateAsync(Write("p", "r", Json("v3")), stale, Ct));

        Assert.Equal((EntityConflictReason.ETagMismatch, "p", "r"), (conflict.Reason, conflict.PartitionKey, conflict.RowKey));
        var stored = await table.GetAsync("p", "r", Ct);
        Assert.Equal((Json("v2"), current), (stored!.Body, stored.ETag));
    }

    [Fact]
    public async Task Update_FailsWithNotFound_WhenTheEntityIsMissing()
    {
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", Json("v1")), Ct);
        await table.DeleteAsync("p", "r", null, Ct);

        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => table.UpdateAsync(Write("p", "r", Json("v2")), etag, Ct));

        Assert.Equal(EntityConflictReason.NotFound, conflict.Reason);
        Assert.Null(await table.GetAsync("p", "r", Ct));
    }

    [Fact]
    public async Task Delete_WithoutETag_RemovesTheEntity_AndReturnsWhetherOneWasThere()
    {
        var table = NewTable();
        await table.InsertAsync(Write("p", "r", Json("x")), Ct);
        await table.InsertAsync(Write("p", "kept", Json("y")), Ct);

        Assert.True(await table.DeleteAsync("p", "r", null, Ct));
        Assert.Null(await table.GetAsync("p", "r", Ct));
        Assert.False(await table.DeleteAsync("p", "r", null, Ct));
        Assert.False(await table.DeleteAsync("p", "never-there", null, Ct));
        Assert.NotNull(await table.GetAsync("p", "kept", Ct));
    }

    [Fact]
    public async Task Delete_WithTheCurrentETag_RemovesTheEntity()
    {
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", Json("x")), Ct);

        Assert.True(await table.DeleteAsync("p", "r", etag, Ct));

        Assert.Null(await table.GetAsync("p", "r", Ct));
    }

    [Fact]
    public async Task Delete_WithAStaleETag_FailsWithETagMismatch_AndKeepsTheEntity()
    {
        var table = NewTable();
        var stale = await table.InsertAsync(Write("p", "r", Json("v1")), Ct);
        await table.UpsertAsync(Write("p", "r", Json("v2")), Ct);

        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => table.DeleteAsync("p", "r", stale, Ct));

        Assert.Equal(EntityConflictReason.ETagMismatch, conflict.Reason);
        Assert.Equal(Json("v2"), (await table.GetAsync("p", "r", Ct))!.Body);
    }

    [Fact]
    public async Task Delete_WithAnETag_FailsWithNotFound_WhenTheEntityIsMissing()
    {
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", Json("v1")), Ct);
        await table.DeleteAsync("p", "r", null, Ct);

        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => table.DeleteAsync("p", "r", etag, Ct));

        Assert.Equal((EntityConflictReason.NotFound, "p", "r"), (conflict.Reason, conflict.PartitionKey, conflict.RowKey));
    }

    [Fact]
    public async Task ETag_ChangesOnEveryWrite_EvenWithTheSameBody()
    {
        var table = NewTable();
        var etags = new List<string>
        {
            await table.InsertAsync(Write("p", "r", Json("same")), Ct),
            await table.UpsertAsync(Write("p", "r", Json("same")), Ct),
            await table.UpsertAsync(Write("p", "r", Json("same")), Ct),
        };
        etags.Add(await table.UpdateAsync(Write("p", "r", Json("same")), etags[^1], Ct));
        etags.Add(await table.UpdateAsync(Write("p", "r", Json("same")), etags[^1], Ct));
        etags.Add((await table.SubmitBatchAsync([BatchOperation.Update(Write("p", "r", Json("same")), etags[^1])], Ct))[0]);

        Assert.Equal(etags.Count, etags.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(etags[^1], (await table.GetAsync("p", "r", Ct))!.ETag);
    }

    [Fact]
    public async Task Tables_AreIndependent_ForTheSameKeys()
    {
        var first = NewTable();
        var second = NewTable();
        await first.InsertAsync(Write("p", "r", Json("first")), Ct);
        await second.InsertAsync(Write("p", "r", Json("second")), Ct);

        await first.DeleteAsync("p", "r", null, Ct);

        Assert.Null(await first.GetAsync("p", "r", Ct));
        Assert.Equal(Json("second"), (await second.GetAsync("p", "r", Ct))!.Body);
        Assert.Single(await ScanAsync(second));
    }

    [Fact]
    public async Task ListTables_NamesEveryTableThatHoldsEntities_AsThePortNamesThem()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        Assert.DoesNotContain(name, await Store.ListTablesAsync(Ct));

        await Store.Table(name).InsertAsync(Write("p", "r", Json("x")), Ct);

        Assert.Contains(name, await Store.ListTablesAsync(Ct));
    }

    [Fact]
    public async Task Scan_ListsEveryEntityOfTheTable_AcrossPartitionsAndPages()
    {
        var table = NewTable();
        var expected = new HashSet<(string, string)>();
        for (var batch = 0; batch < 11; batch++)
        {
            var operations = Enumerable.Range(batch * 100, batch == 10 ? 1 : 100)
                .Select(i => BatchOperation.Insert(Write("big", $"r{i:D4}", Json(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
                .ToList();
            await table.SubmitBatchAsync(operations, Ct);
            expected.UnionWith(operations.Select(o => (o.PartitionKey, o.RowKey)));
        }

        await table.InsertAsync(Write("small", "only", Json("s")), Ct);
        expected.Add(("small", "only"));
        await NewTable().InsertAsync(Write("big", "elsewhere", Json("not this table")), Ct);

        var scanned = await ScanAsync(table);
        var big = await QueryAsync(table, "big", RowKeyRange.All);

        Assert.Equal(1002, scanned.Count);
        Assert.True(expected.SetEquals(scanned.Select(e => (e.PartitionKey, e.RowKey))));
        Assert.Equal(Enumerable.Range(0, 1001).Select(i => $"r{i:D4}"), RowKeys(big));
        Assert.Equal(Json("1000"), big[^1].Body);
    }
}
