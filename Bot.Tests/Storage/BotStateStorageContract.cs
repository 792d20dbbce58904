using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;

namespace MentorBot.Tests.Storage;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> on the entity-store port, run on each provider. The state table is
/// shared, so every test uses keys of its own.
/// </summary>
public abstract class BotStateStorageContract
{
    private readonly string _run = Guid.NewGuid().ToString("N");

    protected abstract IEntityStore Store { get; }

    private BotStateStorage Storage => new(Store);

    [Fact]
    public async Task Write_ThenRead_ReturnsTheSameObjects_UnderTeamsStyleKeys()
    {
        var conversation = $"msteams/conversations/a:1#x?y{_run}";
        var user = $"msteams/users/29:1abc%2F\\z{_run}";
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            [conversation] = new ConversationNote { Text = "Next meeting: Tuesday", Turns = 3 },
            [user] = new Dictionary<string, object> { ["locale"] = "fr-FR" },
        });

        var read = await Storage.ReadAsync([conversation, user, $"msteams/conversations/missing{_run}"]);

        Assert.Equal(2, read.Count);
        var note = Assert.IsType<ConversationNote>(read[conversation]);
        Assert.Equal(("Next meeting: Tuesday", 3), (note.Text, note.Turns));
        var settings = Assert.IsType<Dictionary<string, object>>(read[user]);
        Assert.Equal("fr-FR", settings["locale"]);
    }

    [Fact]
    public async Task StoreItem_GetsItsETag_AndAWriteWithAStaleETagThrows_LeavingTheNewerState()
    {
        var key = $"msteams/conversations/a:1#x?y{_run}";
        var first = new ConversationNote { Text = "v1" };
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = first });
        var stale = first.ETag;
        Assert.False(string.IsNullOrEmpty(stale));

        var current = (ConversationNote)(await Storage.ReadAsync([key]))[key];
        Assert.Equal(stale, current.ETag);
        current.Text = "v2";
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = current });
        Assert.NotEqual(stale, current.ETag);

        var late = new ConversationNote { Text = "v3 from a stale read", ETag = stale };
        var conflict = await Assert.ThrowsAsync<EntityConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { [key] = late }));

        Assert.Equal(EntityConflictReason.ETagMismatch, conflict.Reason);
        var stored = (ConversationNote)(await Storage.ReadAsync([key]))[key];
        Assert.Equal(("v2", current.ETag), (stored.Text, stored.ETag));
    }

    [Fact]
    public async Task StoreItem_WithTheWildcardETag_OverwritesWhateverIsStored()
    {
        var key = $"msteams/conversations/wildcard{_run}";
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new ConversationNote { Text = "v1" } });

        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new ConversationNote { Text = "v2", ETag = "*" } });

        Assert.Equal("v2", ((ConversationNote)(await Storage.ReadAsync([key]))[key]).Text);
    }

    [Fact]
    public async Task Delete_RemovesTheItems_AndIgnoresKeysThatAreNotThere()
    {
        var kept = $"msteams/conversations/kept{_run}";
        var removed = $"msteams/conversations/a:1#x?y{_run}";
        await Storage.WriteAsync(new Dictionary<string, object> { [kept] = new ConversationNote(), [removed] = new ConversationNote() });

        await Storage.DeleteAsync([removed, $"never-written{_run}"]);

        Assert.Equal([kept], (await Storage.ReadAsync([kept, removed])).Keys);
    }

    [Fact]
    public async Task ConversationState_PersistsAcrossTurns_OfATeamsConversation()
    {
        var reference = TestAdapter.CreateConversation($"a:1#x?y{_run}");
        reference.ChannelId = Channels.Msteams;

        // Each turn starts from what the previous one saved: a fresh ConversationState per turn proves it was stored.
        await new TestFlow(new TestAdapter(reference), async (context, cancellationToken) =>
            {
                var perTurn = new ConversationState(Storage);
                var counter = perTurn.CreateProperty<int>("turns");
                var count = await counter.GetAsync(context, () => 0, cancellationToken) + 1;
                await counter.SetAsync(context, count, cancellationToken);
                await perTurn.SaveChangesAsync(context, cancellationToken: cancellationToken);
                await context.SendActivityAsync($"turn {count}", cancellationToken: cancellationToken);
            })
            .Send("hello").AssertReply("turn 1")
            .Send("again").AssertReply("turn 2")
            .StartTestAsync();

        var stored = await Store.Table(BotStateStorage.TableName).GetAsync($"msteams/conversations/a:1#x?y{_run}", "state", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Contains("\"turns\":2", stored.Body, StringComparison.Ordinal);
    }

    public sealed class ConversationNote : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public int Turns { get; set; }

        public string? ETag { get; set; }
    }
}
