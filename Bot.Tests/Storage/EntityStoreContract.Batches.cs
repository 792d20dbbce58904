using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Storage;

public abstract partial class EntityStoreContract
{
    public enum FailingOperation
    {
        InsertOfExisting,
        UpdateWithStaleETag,
        UpdateOfMissing,
        DeleteWithStaleETag,
        DeleteOfMissing,
        DeleteWithETagOfMissing,
    }

    [Fact]
    public async Task Batch_AppliesEveryOperation_AndReturnsEachNewETag_EmptyForDeletes()
    {
        var table = NewTable();
        var toUpdate = await table.InsertAsync(Write("p", "update", Json("old")), Ct);
        await table.InsertAsync(Write("p", "upsert", Json("old")), Ct);
        await table.InsertAsync(Write("p", "delete", Json("old")), Ct);

        var etags = await table.SubmitBatchAsync(
        [
            BatchOperation.Insert(Write("p", "insert", Json("new"))),
            BatchOperation.Upsert(Write("p", "upsert", Json("new"))),
            BatchOperation.Update(Write("p", "update", Json("new")), toUpdate),
            BatchOperation.Delete("p", "delete"),
        ], Ct);

        Assert.Equal(4, etags.Count);
        Assert.Equal(string.Empty, etags[3]);
        var stored = (await QueryAsync(table, "p", RowKeyRange.All)).ToDictionary(e => e.RowKey);
        Assert.Equal(["insert", "update", "upsert"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(etags[0], stored["insert"].ETag);
        Assert.Equal(etags[1], stored["upsert"].ETag);
        Assert.Equal(etags[2], stored["update"].ETag);
        Assert.All(stored.Values, e => Assert.Equal(Json("new"), e.Body));
    }

    [Theory]
    [InlineData(FailingOperation.InsertOfExisting, EntityConflictReason.AlreadyExists)]
    [InlineData(FailingOperation.UpdateWithStaleETag, EntityConflictReason.ETagMismatch)]
    [InlineData(FailingOperation.UpdateOfMissing, EntityConflictReason.NotFound)]
    [InlineData(FailingOperation.DeleteWithStaleETag, EntityConflictReason.ETagMismatch)]
    [InlineData(FailingOperation.DeleteOfMissing, EntityConflictReason.NotFound)]
    [InlineData(FailingOperation.DeleteWithETagOfMissing, EntityConflictReason.NotFound)]
    public async Task Batch_WithOneFailingOperation_AppliesNone_AndReportsWhichOne(FailingOperation failing, EntityConflictReason reason)
    {
        var table = NewTable();
        var stale = await table.InsertAsync(Write("p", "target", Json("v1")), Ct);
        var current = await table.UpsertAsync(Write("p", "target", Json("v2")), Ct);
        var sibling = await table.InsertAsync(Write("p", "sibling", Json("v1")), Ct);
        var before = await ScanAsync(table);

        var failingOperation = failing switch
        {
            FailingOperation.InsertOfExisting => BatchOperation.Insert(Write("p", "target", Json("v3"))),
            FailingOperation.UpdateWithStaleETag => BatchOperation.Update(Write("p", "target", Json("v3")), stale),
            FailingOperation.UpdateOfMissing => BatchOperation.Update(Write("p", "missing", Json("v3")), current),
            FailingOperation.DeleteWithStaleETag => BatchOperation.Delete("p", "target", stale),
            FailingOperation.DeleteOfMissing => BatchOperation.Delete("p", "missing"),
            _ => BatchOperation.Delete("p", "missing", current),
        };

        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => table.SubmitBatchAsync(
        [
            BatchOperation.Insert(Write("p", "new-1", Json("n"))),
            BatchOperation.Update(Write("p", "sibling", Json("v2")), sibling),
            failingOperation,
            BatchOperation.Upsert(Write("p", "new-2", Json("n"))),
        ], Ct));

        Assert.Equal((reason, 2, failingOperation.RowKey), (conflict.Reason, conflict.BatchIndex, conflict.RowKey));
        Assert.Equal(before, await ScanAsync(table));
    }

    [Fact]
    public async Task Batch_Of101Operations_IsRefusedBeforeAnyWrite()
    {
        var table = NewTable();
        var operations = Enumerable.Range(0, EntityLimits.MaxBatchOperations + 1).Select(i => BatchOperation.Insert(Write("p", $"r{i:D3}", Json("v")))).ToList();

        await Assert.ThrowsAsync<BatchTooLargeException>(() => table.SubmitBatchAsync(operations, Ct));

        Assert.Empty(await ScanAsync(table));
    }

    [Fact]
    public async Task Batch_OfExactly100Operations_IsApplied()
    {
        var table = NewTable();
        var operations = Enumerable.Range(0, EntityLimits.MaxBatchOperations).Select(i => BatchOperation.Insert(Write("p", $"r{i:D3}", Json($"{i}")))).ToList();

        var etags = await table.SubmitBatchAsync(operations, Ct);

        var stored = await QueryAsync(table, "p", RowKeyRange.All);
        Assert.Equal(operations.Select(o => o.RowKey), RowKeys(stored));
        Assert.Equal(etags, stored.Select(e => e.ETag));
    }

    [Fact]
    public async Task Batch_OverTheByteLimit_IsRefusedBeforeAnyWrite_AndOneJustUnderItIsApplied()
    {
        var table = NewTable();
        var bodies = EntityLimits.MaxBatchBodyBytes / EntityLimits.MaxBodyBytes;
        var remainder = EntityLimits.MaxBatchBodyBytes % EntityLimits.MaxBodyBytes;
        var fitting = Enumerable.Range(0, bodies).Select(i => BatchOperation.Insert(Write("p", $"r{i}", JsonOfBytes(EntityLimits.MaxBodyBytes)))).ToList();
        if (remainder > 0)
            fitting.Add(BatchOperation.Insert(Write("p", "rest", JsonOfBytes(remainder))));
        var overflowing = fitting.Append(BatchOperation.Insert(Write("p", "one-more", Json(string.Empty)))).ToList();

        await Assert.ThrowsAsync<BatchTooLargeException>(() => table.SubmitBatchAsync(overflowing, Ct));
        Assert.Empty(await ScanAsync(table));

        await table.SubmitBatchAsync(fitting, Ct);
        Assert.Equal(fitting.Count, (await ScanAsync(table)).Count);
    }

    [Fact]
    public async Task Batch_AcrossPartitions_IsRefused_AndWritesNothing()
    {
        var table = NewTable();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitBatchAsync(
        [
            BatchOperation.Insert(Write("p1", "r", Json("v"))),
            BatchOperation.Insert(Write("p2", "r", Json("v"))),
        ], Ct));

        Assert.Empty(await ScanAsync(table));
    }

    [Fact]
    public async Task Batch_TouchingOneEntityTwice_IsRefused_AndWritesNothing()
    {
        var table = NewTable();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitBatchAsync(
        [
            BatchOperation.Insert(Write("p", "r", Json("v"))),
            BatchOperation.Upsert(Write("p", "r", Json("w"))),
        ], Ct));

        Assert.Empty(await ScanAsync(table));
    }
}
