using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Storage;

public abstract partial class EntityStoreContract
{
    [Fact]
    public async Task ConditionalUpdates_FromTwoWritersHoldingTheSameETag_OneWins_TheOtherGetsETagMismatch()
    {
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", Json("v0")), Ct);
        string[] names = ["alice", "bob"];

        // Both writers read the same ETag, then race; neither may overwrite the other blindly.
        var seen = await Task.WhenAll(names.Select(_ => Task.Run(() => table.GetAsync("p", "r", Ct))));
        Assert.All(seen, s => Assert.Equal(etag, s!.ETag));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = names
            .Select((name, i) => Task.Run(async () =>
            {
                await go.Task;
                return await Outcome(() => table.UpdateAsync(Write("p", "r", Json(name)), seen[i]!.ETag, Ct));
            }))
            .ToArray();
        go.SetResult();
        var outcomes = await Task.WhenAll(writers);

        AssertExactlyOneWinner(outcomes, await table.GetAsync("p", "r", Ct), names);
    }

    [Fact]
    public async Task ParallelBurstOfConditionalUpdates_WithTheSameETag_ExactlyOneWins()
    {
        const int Writers = 16;
        var table = NewTable();
        var etag = await table.InsertAsync(Write("p", "r", Json("v0")), Ct);
        var names = Enumerable.Range(0, Writers).Select(i => $"w{i}").ToArray();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = names
            .Select(name => Task.Run(async () =>
            {
                await go.Task;
                return await Outcome(() => table.UpdateAsync(Write("p", "r", Json(name)), etag, Ct));
            }))
            .ToArray();
        go.SetResult();
        var outcomes = await Task.WhenAll(writers);

        AssertExactlyOneWinner(outcomes, await table.GetAsync("p", "r", Ct), names);
    }

    [Fact]
    public async Task ParallelInserts_OfTheSameEntity_ExactlyOneSucceeds_OthersGetAlreadyExists()
    {
        const int Writers = 8;
        var table = NewTable();
        await table.InsertAsync(Write("warm", "up", Json("creates the table first")), Ct);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, Writers)
            .Select(i => Task.Run(async () =>
            {
                await go.Task;
                return await Outcome(() => table.InsertAsync(Write("p", "r", Json($"w{i}")), Ct));
            }))
            .ToArray();
        go.SetResult();
        var outcomes = await Task.WhenAll(writers);

        Assert.Single(outcomes, o => o.ETag is not null);
        Assert.All(outcomes.Where(o => o.ETag is null), o => Assert.Equal(EntityConflictReason.AlreadyExists, o.Conflict!.Reason));
    }

    private static async Task<(string? ETag, EntityConflictException? Conflict)> Outcome(Func<Task<string>> write)
    {
        try
        {
            return (await write(), null);
        }
        catch (EntityConflictException conflict)
        {
            return (null, conflict);
        }
    }

    private static void AssertExactlyOneWinner((string? ETag, EntityConflictException? Conflict)[] outcomes, StoredEntity? final, string[] names)
    {
        var winners = Enumerable.Range(0, outcomes.Length).Where(i => outcomes[i].ETag is not null).ToArray();
        var winner = Assert.Single(winners);
        Assert.All(outcomes.Where(o => o.ETag is null), o => Assert.Equal(EntityConflictReason.ETagMismatch, o.Conflict!.Reason));

        // What is stored is the winner's write, under the ETag the winner was given.
        Assert.NotNull(final);
        Assert.Equal((Json(names[winner]), outcomes[winner].ETag), (final.Body, final.ETag));
    }
}
