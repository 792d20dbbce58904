using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static MentorBot.Tests.Domain.Digests.DigestSample;

namespace MentorBot.Tests.Storage;

/// <summary>
/// The digest's read model follows every write made through the bot's entity store (SQLite here), and when a refresh
/// cannot be saved the record still stands and the next digest rebuilds the facts instead of reading stale ones.
/// </summary>
public sealed class DigestFactsFeedTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("mentorbot-facts-");
    private readonly FakeTimeProvider _time = new(Now);
    private readonly SqliteEntityStore _records;
    private readonly FailingFacts _failing;
    private readonly DigestFactsFeed _feed;

    public DigestFactsFeedTests()
    {
        _records = new SqliteEntityStore(_folder.Combine("entities.db"), _time);
        _failing = new FailingFacts(_records);
        _feed = new DigestFactsFeed(_failing, _time, NullLogger<DigestFactsFeed>.Instance);
    }

    [Fact]
    public async Task EachWrite_RefreshesThePairOrPersonItWrote_AndAnErasureTakesThemOut()
    {
        var reader = await SeedAsync(pairs: 2);
        await reader.ReadFactsAsync(Programme, Now, default);

        await new CheckInStore(_feed).TryCreateAsync(Met(1, Role.Mentee, 2), default);
        await new ParticipantStore(_feed).ChangeAsync(Programme.Id, "t", "m2", p => p with { Status = ParticipantStatus.Left }, default);

        var (roster, pairs) = (await new DigestFactsStore(_records).ReadAsync(Programme.Id, default))!.Value;
        Assert.Single(pairs.Single(f => f.Pair.Id == Pair(1).Id).CheckIns);
        Assert.Empty(pairs.Single(f => f.Pair.Id == Pair(2).Id).CheckIns);
        Assert.Equal(ParticipantStatus.Left, roster.Single(p => p.UserObjectId == "m2").Status);

        await new ParticipantStore(_feed).DeleteUserAsync("t", "e1", default);
        await new PairStore(_feed).DeleteAsync(Programme.Id, Pair(1).Id, default);

        (roster, pairs) = (await new DigestFactsStore(_records).ReadAsync(Programme.Id, default))!.Value;
        Assert.DoesNotContain(roster, p => p.UserObjectId == "e1");
        Assert.DoesNotContain(pairs, f => f.Pair.Id == Pair(1).Id);
    }

    [Fact]
    public async Task ARefreshThatCannotBeSaved_LeavesTheRecord_AndTheNextDigestRebuildsTheFacts()
    {
        var reader = await SeedAsync(pairs: 1);
        Assert.Equal(0, (await new DigestComposer(reader).FiguresAsync(Programme, Now, default)).MeetingsHeld);

        _failing.Fail = true;
        Assert.True(await new CheckInStore(_feed).TryCreateAsync(Met(1, Role.Mentee, 2), default));
        _failing.Fail = false;

        Assert.Single(await new CheckInStore(_records).ForPairAsync(Programme.Id, Pair(1).Id, default));
        Assert.Null(await new DigestFactsStore(_records).ReadAsync(Programme.Id, default));
        Assert.Equal(1, (await new DigestComposer(reader).FiguresAsync(Programme, Now, default)).MeetingsHeld);
        Assert.NotNull(await new DigestFactsStore(_records).ReadAsync(Programme.Id, default));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task<DigestReader> SeedAsync(int pairs)
    {
        var participants = new ParticipantStore(_feed);
        var pairStore = new PairStore(_feed);
        for (var i = 1; i <= pairs; i++)
        {
            await participants.SaveAsync(Mentee(i), default);
            await participants.SaveAsync(Mentor(i), default);
            await pairStore.SaveAsync(Pair(i), null, default);
        }

        return new DigestReader(participants, pairStore, new CheckInStore(_feed), new SurveyStore(_feed), new NudgeStore(_feed), new DigestFactsStore(_feed));
    }

    /// <summary>The records' store, whose digest facts table refuses writes while <see cref="Fail"/> is set (storage lost between the two writes).</summary>
    private sealed class FailingFacts(IEntityStore inner) : IEntityStore
    {
        public bool Fail { get; set; }

        public IEntityTable Table(string name) => name == DigestFactsStore.TableName ? new Refusing(inner.Table(name), this) : inner.Table(name);

        public Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken) => inner.ListTablesAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

        private sealed class Refusing(IEntityTable table, FailingFacts owner) : IEntityTable
        {
            public Task<StoredEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) => table.GetAsync(partitionKey, rowKey, cancellationToken);

            public IAsyncEnumerable<StoredEntity> QueryAsync(string partitionKey, RowKeyRange range, CancellationToken cancellationToken) => table.QueryAsync(partitionKey, range, cancellationToken);

            public IAsyncEnumerable<StoredEntity> ScanAsync(CancellationToken cancellationToken) => table.ScanAsync(cancellationToken);

            public Task<string> InsertAsync(EntityWrite entity, CancellationToken cancellationToken) => owner.Fail ? throw new IOException("storage lost") : table.InsertAsync(entity, cancellationToken);

            public Task<string> UpsertAsync(EntityWrite entity, CancellationToken cancellationToken) => owner.Fail ? throw new IOException("storage lost") : table.UpsertAsync(entity, cancellationToken);

            public Task<string> UpdateAsync(EntityWrite entity, string ifMatch, CancellationToken cancellationToken) => owner.Fail ? throw new IOException("storage lost") : table.UpdateAsync(entity, ifMatch, cancellationToken);

            public Task<bool> DeleteAsync(string partitionKey, string rowKey, string? ifMatch, CancellationToken cancellationToken) => table.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);

            public Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken) => owner.Fail ? throw new IOException("storage lost") : table.SubmitBatchAsync(operations, cancellationToken);
        }
    }
}
