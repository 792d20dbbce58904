using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Messaging;
using MentorBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Messaging;

/// <summary>The idempotency ledger on a real SQLite entity store, with a fake clock for the leases.</summary>
public sealed class OutboxLedgerTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mentorbot-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteEntityStore _store;
    private readonly OutboxLedger _ledger;

    public OutboxLedgerTests()
    {
        _store = new SqliteEntityStore(Path.Combine(_folder, "ledger.db"), _time);
        _ledger = new OutboxLedger(_store, Options.Create(new MessagingOptions { ClaimLease = Lease }), _time, NullLogger<OutboxLedger>.Instance);
    }

    [Fact]
    public async Task FirstClaim_Wins_AndASecondIsInProgress_WhileTheLeaseLasts()
    {
        var message = Message();

        var first = await _ledger.ClaimAsync(message, CancellationToken.None);
        _time.Advance(Lease - TimeSpan.FromSeconds(1));
        var second = await _ledger.ClaimAsync(message, CancellationToken.None);

        Assert.Equal(OutboxClaimStatus.Claimed, first.Status);
        Assert.Equal(OutboxClaimStatus.InProgress, second.Status);
    }

    [Fact]
    public async Task ConcurrentClaims_LeaveExactlyOneOwner()
    {
        var message = Message();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _ledger.ClaimAsync(message, CancellationToken.None))));

        Assert.Single(claims, c => c.Status == OutboxClaimStatus.Claimed);
    }

    [Fact]
    public async Task SentMessage_IsAlreadySent_ForEveryLaterClaim()
    {
        var message = Message();
        var claim = await _ledger.ClaimAsync(message, CancellationToken.None);

        await _ledger.MarkSentAsync(claim, "activity-1", attempts: 1);
        _time.Advance(TimeSpan.FromDays(30));

        Assert.Equal(OutboxClaimStatus.AlreadySent, (await _ledger.ClaimAsync(message, CancellationToken.None)).Status);
        Assert.Empty(await DueAsync());
        var entry = await _ledger.GetAsync(message.TenantId, message.To.Address, message.Key, CancellationToken.None);
        Assert.Equal(("activity-1", 1), (entry!.ActivityId, entry.Attempts));
    }

    [Fact]
    public async Task CrashedClaim_IsTakenOverByTheOutbox_OnlyAfterTheLease()
    {
        var message = Message();
        await _ledger.ClaimAsync(message, CancellationToken.None);

        // The sender "crashed": it never recorded an outcome, but its due row is there for the job.
        var due = Assert.Single(await DueAsync());
        Assert.Equal(OutboxClaimStatus.InProgress, (await _ledger.ClaimDueAsync(due, CancellationToken.None)).Status);
        _time.Advance(Lease);
        var takeover = await _ledger.ClaimDueAsync(due, CancellationToken.None);

        Assert.Equal(OutboxClaimStatus.Claimed, takeover.Status);
        Assert.Equal(2, takeover.Entry!.Deliveries);
        Assert.Equal(message.Text, takeover.Entry.Text);
    }

    [Fact]
    public async Task PendingMessage_IsNotDue_BeforeItsNextAttempt()
    {
        var message = Message();
        var claim = await _ledger.ClaimAsync(message, CancellationToken.None);
        await _ledger.MarkPendingAsync(claim, _time.GetUtcNow().AddMinutes(2), "HTTP 503", attempts: 3);
        var due = Assert.Single(await DueAsync());

        Assert.Equal(OutboxClaimStatus.NotDue, (await _ledger.ClaimDueAsync(due, CancellationToken.None)).Status);
        Assert.Equal(OutboxClaimStatus.NotDue, (await _ledger.ClaimAsync(message, CancellationToken.None)).Status);
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(OutboxClaimStatus.Claimed, (await _ledger.ClaimDueAsync(due, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task LateDelivery_ByAnOwnerWhoseLeaseLapsed_IsStillRecorded_AndTheNewOwnerCannotUndoIt()
    {
        var message = Message();
        var slow = await _ledger.ClaimAsync(message, CancellationToken.None);
        _time.Advance(Lease);
        var takeover = await _ledger.ClaimAsync(message, CancellationToken.None);

        await _ledger.MarkSentAsync(slow, "activity-late", attempts: 1);
        await _ledger.MarkPendingAsync(takeover, _time.GetUtcNow().AddMinutes(1), "HTTP 503", attempts: 1);

        var entry = await _ledger.GetAsync(message.TenantId, message.To.Address, message.Key, CancellationToken.None);
        Assert.Equal(OutboxState.Sent, entry!.State);
        Assert.Equal(OutboxClaimStatus.AlreadySent, (await _ledger.ClaimAsync(message, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task SettledFailure_LeavesTheDueIndex_ButMayBeAskedForAgain()
    {
        var message = Message();
        var claim = await _ledger.ClaimAsync(message, CancellationToken.None);

        await _ledger.MarkSettledAsync(claim, OutboxState.NoConversationReference, "not installed", attempts: 0);

        Assert.Empty(await DueAsync());
        var again = await _ledger.ClaimAsync(message, CancellationToken.None);
        Assert.Equal(OutboxClaimStatus.Claimed, again.Status);
        Assert.Equal(1, again.Entry!.Deliveries);
    }

    [Fact]
    public async Task OrphanDueRow_OfAClaimNeverWritten_IsDroppedOnlyAfterTheLease()
    {
        var message = Message();
        await _ledger.ClaimAsync(message, CancellationToken.None);

        // As if the sender died between writing the due row and inserting its claim.
        await _store.Table(OutboxLedger.TableName).DeleteAsync(message.TenantId, OutboxLedger.RowKey(message.To.Address, message.Key.Value), null, CancellationToken.None);
        var orphan = Assert.Single(await DueAsync());

        Assert.Equal(OutboxClaimStatus.Nothing, (await _ledger.ClaimDueAsync(orphan, CancellationToken.None)).Status);
        Assert.Single(await DueAsync());
        _time.Advance(Lease);
        Assert.Equal(OutboxClaimStatus.Nothing, (await _ledger.ClaimDueAsync(orphan, CancellationToken.None)).Status);
        Assert.Empty(await DueAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static OutgoingMessage Message() =>
        new("tenant-1", Guid.NewGuid().ToString(), IdempotencyKey.For("nudge", "pair-7", "2025-W14"), text: "Time for a check-in");

    private async Task<List<OutboxDueItem>> DueAsync()
    {
        var due = new List<OutboxDueItem>();
        await foreach (var item in _ledger.ListDueAsync(100, CancellationToken.None))
            due.Add(item);
        return due;
    }
}
