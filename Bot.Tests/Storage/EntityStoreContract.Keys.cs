using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Storage;

public abstract partial class EntityStoreContract
{
    // Characters Azure forbids in keys, the escape character itself, things that look like escapes, and others
    // that trip URL handling. Every one must come back exactly as written.
    public static TheoryData<string> AwkwardKeys => new()
    {
        "msteams/conversations/a:1#x?y",
        @"domain\user",
        "100%",
        "%2F",
        "%",
        "%%41",
        "\u0000",
        "bell\u0007\u001F",
        "del\u007F c1\u0080\u0085\u009F",
        "tab\tnew\nline\r",
        "it's \"quoted\"",
        "a+b c&d=e;f,g@h",
        "café 😀 中文",
        "",
    };

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Keys_WithForbiddenOrEscapeCharacters_RoundTripThroughEveryRead(string key)
    {
        var table = NewTable();
        await table.InsertAsync(Write(key, key, Json("k")), Ct);
        await table.InsertAsync(Write(key, key + "/child", Json("c")), Ct);

        var got = await table.GetAsync(key, key, Ct);
        var queried = await QueryAsync(table, key, RowKeyRange.Prefix(key));
        var scanned = await ScanAsync(table);

        Assert.Equal((key, key, Json("k")), (got!.PartitionKey, got.RowKey, got.Body));
        Assert.Equal(new[] { key, key + "/child" }, RowKeys(queried));
        Assert.All(scanned, e => Assert.Equal(key, e.PartitionKey));
        Assert.Equal(new[] { key, key + "/child" }, RowKeys(scanned.OrderBy(e => e.RowKey, StringComparer.Ordinal)));
        Assert.True(await table.DeleteAsync(key, key, got.ETag, Ct));
        Assert.Null(await table.GetAsync(key, key, Ct));
    }

    [Theory]
    [InlineData("a/", new[] { "a/1", "a/2" })]
    [InlineData("a%", new[] { "a%", "a%2F" })]
    [InlineData("a.", new[] { "a.x" })] // the prefix's upper bound, "a/", must not be escaped into "a%2F"
    [InlineData("a\u0001", new[] { "a\u0001" })]
    [InlineData("a#", new[] { "a#1" })]
    [InlineData("b", new[] { "b/1" })]
    [InlineData("c", new string[0])]
    public async Task PrefixQuery_OverEscapedKeys_ReturnsExactlyTheKeysWithThatPrefix(string prefix, string[] expected)
    {
        var table = NewTable();
        foreach (var key in new[] { "a/1", "a/2", "a#1", "a%", "a%2F", "a?x", "a.x", "a", "a\u0001", "b/1", "\u00ff" })
            await table.InsertAsync(Write("p", key, Json("v")), Ct);
        await table.InsertAsync(Write("q", prefix + "other-partition", Json("v")), Ct);

        Assert.Equal(expected, RowKeys(await QueryAsync(table, "p", RowKeyRange.Prefix(prefix))));
    }

    [Fact]
    public async Task Query_ReturnsOrdinalOrder_EvenWhereEscapingOrSurrogatesWouldReorderKeys()
    {
        var table = NewTable();
        string[] keys = ["a+", "a/", "a!", "a\u0001", "a%", "a0", "a", "\uE000", "😀", "\uFFFF", "z", "Z", "é"];
        await table.SubmitBatchAsync(keys.Select(k => BatchOperation.Insert(Write("p", k, Json("v")))).ToList(), Ct);

        var expected = keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, RowKeys(await QueryAsync(table, "p", RowKeyRange.All)));
        Assert.Equal(expected.Where(k => k.StartsWith('a')), RowKeys(await QueryAsync(table, "p", RowKeyRange.Prefix("a"))));
        Assert.Equal(["\uE000", "\uFFFF"], RowKeys(await QueryAsync(table, "p", new RowKeyRange("\uE000", null))));
        Assert.Equal(["é", "😀"], RowKeys(await QueryAsync(table, "p", new RowKeyRange("é", "\uE000"))));
    }

    [Fact]
    public async Task RangeQuery_IncludesFrom_ExcludesTo_AndIgnoresOtherPartitions()
    {
        var table = NewTable();
        string[] keys = ["e", "a", "bb", "c", "d", "b"];
        foreach (var partition in new[] { "p1", "p10", "p", "P1" })
            await table.SubmitBatchAsync(keys.Select(k => BatchOperation.Insert(Write(partition, k, Json(partition)))).ToList(), Ct);

        Assert.Equal(["b", "bb", "c"], RowKeys(await QueryAsync(table, "p1", new RowKeyRange("b", "d"))));
        Assert.Equal(["a", "b", "bb"], RowKeys(await QueryAsync(table, "p1", new RowKeyRange(null, "c"))));
        Assert.Equal(["d", "e"], RowKeys(await QueryAsync(table, "p1", new RowKeyRange("d", null))));
        Assert.Empty(await QueryAsync(table, "p1", new RowKeyRange("c", "c")));
        Assert.All(await QueryAsync(table, "p1", RowKeyRange.All), e => Assert.Equal(("p1", Json("p1")), (e.PartitionKey, e.Body)));
        Assert.Empty(await QueryAsync(table, "p2", RowKeyRange.All));
    }

    [Fact]
    public async Task RangeQuery_WithBoundsThatNeedEscaping_ReturnsTheOrdinalRange()
    {
        var table = NewTable();
        string[] keys = ["a!", "a#", "a#x", "a/", "a0", "a?", "a?x", "a%", "a%3F"];
        await table.SubmitBatchAsync(keys.Select(k => BatchOperation.Insert(Write("p", k, Json("v")))).ToList(), Ct);

        // Ordinal: ! (21) # (23) % (25) / (2F) 0 (30) ? (3F).
        Assert.Equal(["a#", "a#x", "a%", "a%3F", "a/", "a0"], RowKeys(await QueryAsync(table, "p", new RowKeyRange("a#", "a?"))));
        Assert.Equal(["a/", "a0", "a?"], RowKeys(await QueryAsync(table, "p", new RowKeyRange("a/", "a?x"))));
    }
}
