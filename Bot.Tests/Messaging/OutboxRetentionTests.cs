using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Messaging;
using MentorBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Messaging;

/// <summary>The outbox's retention on a real SQLite entity store, with a fake clock: what a row keeps, and when.</summary>
public sealed class OutboxRetentionTests : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mentorbot-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteEntityStore _store;
    private readonly OutboxLedger _ledger;
    private readonly OutboxRetention _retention;

    public OutboxRetentionTests()
    {
        _store = new SqliteEntityStore(Path.Combine(_folder, "ledger.db"), _time);
        var options = Options.Create(new MessagingOptions { Outbox = { Retention = Retention } });
        _ledger = new OutboxLedger(_store, options, _time, NullLogger<OutboxLedger>.Instance);
        _retention = new OutboxRetention(_ledger, options, _time, NullLogger<OutboxRetention>.Instance);
    }

    [Fact]
    public async Task DeliveredMessage_KeepsItsText_UntilTheRetentionEnds()
    {
        var message = await SentAsync();
        _time.Advance(Retention - TimeSpan.FromMinutes(1));

        Assert.Equal((0, 0), await _retention.PurgeAsync(CancellationToken.None));

        Assert.Equal("Ada's goal: negotiate a raise", (await _ledger.GetAsync(message.TenantId, message.To.Address, message.Key, CancellationToken.None))!.Text);
    }

    [Fact]
    public async Task DeliveredMessage_AfterTheRetention_KeepsOnlyAHash_AndIsStillNeverSentTwice()
    {
        var message = await SentAsync();
        _time.Advance(Retention);

        Assert.Equal((1, 0), await _retention.PurgeAsync(CancellationToken.None));

        var row = Assert.Single(await RowsAsync());
        Assert.StartsWith("sha256-", row.RowKey, StringComparison.Ordinal);
        Assert.DoesNotContain(message.To.Address, row.RowKey + row.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pair-7", row.RowKey + row.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("negotiate", row.Body, StringComparison.Ordinal);
        Assert.Equal(OutboxClaimStatus.AlreadySent, (await _ledger.ClaimAsync(message, CancellationToken.None)).Status);
        Assert.Equal((0, 0), await _retention.PurgeAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SettledUndeliveredMessage_AfterTheRetention_IsDeleted_AndMaySendAgain()
    {
        var message = Message();
        var claim = await _ledger.ClaimAsync(message, CancellationToken.None);
        await _ledger.MarkSettledAsync(claim, OutboxState.Unreachable, "blocked", attempts: 1);
        _time.Advance(Retention);

        Assert.Equal((0, 1), await _retention.PurgeAsync(CancellationToken.None));

        Assert.Empty(await RowsAsync());
        Assert.Equal(OutboxClaimStatus.Claimed, (await _ledger.ClaimAsync(message, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task PendingMessage_IsKept_HoweverOld()
    {
        var message = Message();
        var claim = await _ledger.ClaimAsync(message, CancellationToken.None);
        await _ledger.MarkPendingAsync(claim, _time.GetUtcNow().AddMinutes(1), "503", attempts: 3);
        _time.Advance(Retention * 2);

        Assert.Equal((0, 0), await _retention.PurgeAsync(CancellationToken.None));

        Assert.Equal(OutboxState.Pending, (await _ledger.GetAsync(message.TenantId, message.To.Address, message.Key, CancellationToken.None))!.State);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static OutgoingMessage Message() =>
        new("tenant-1", Guid.NewGuid().ToString(), IdempotencyKey.For("offer", "pair-7", "2025-W14"), text: "Ada's goal: negotiate a raise");

    private async Task<OutgoingMessage> SentAsync()
    {
        var message = Message();
        var claim = await _ledger.ClaimAsync(message, CancellationToken.None);
        await _ledger.MarkSentAsync(claim, "activity-1", attempts: 1);
        return message;
    }

    private async Task<List<Dialogs.Abstractions.Storage.StoredEntity>> RowsAsync()
    {
        var rows = new List<Dialogs.Abstractions.Storage.StoredEntity>();
        await foreach (var row in _store.Table(OutboxLedger.TableName).ScanAsync(CancellationToken.None))
            rows.Add(row);
        return rows;
    }
}
