using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Messaging;

/// <summary>
/// The messenger's decisions that depend on time (throttling, Retry-After beyond the in-call limit, lapsed claims,
/// giving up), on a fake clock, through the real adapter and ConnectorClient to the loopback connector.
/// </summary>
public sealed class ProactiveMessengerTests
{
    [Fact]
    public async Task EighthMessageInOneSecond_IsDeferred_ThenSentByTheOutboxOnceTheWindowMoves()
    {
        await using var rig = await MessengerRig.StartAsync();
        var user = await rig.InstalledUserAsync();

        var results = new List<SendResult>();
        for (var i = 1; i <= 8; i++)
            results.Add(await rig.Messenger.SendAsync(Message(user, $"reminder-{i}"), CancellationToken.None));

        Assert.All(results.Take(7), r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        Assert.Equal(SendOutcome.Deferred, results[7].Outcome);
        Assert.Equal(rig.Time.GetUtcNow().AddSeconds(1), results[7].NextAttemptAt);
        Assert.Equal(7, rig.Connector.RequestsIn(user.ConversationId).Count);

        Assert.Equal(0, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));

        Assert.Equal(8, rig.Connector.ActivitiesIn(user.ConversationId).Count);
        Assert.Equal(8, rig.Connector.RequestsIn(user.ConversationId).Count);
    }

    [Fact]
    public async Task RetryAfterLongerThanTheInCallLimit_DefersToThatTime_WithoutWaitingInTheCall()
    {
        await using var rig = await MessengerRig.StartAsync(o => o.MaxAttempts = 4);
        var user = await rig.InstalledUserAsync();
        rig.Connector.FailNext(user.ConversationId, ScriptedFailure.TooManyRequests(retryAfter: "120"));

        var result = await rig.Messenger.SendAsync(Message(user), CancellationToken.None);

        Assert.Equal(SendOutcome.Deferred, result.Outcome);
        Assert.True(result.NextAttemptAt >= rig.Time.GetUtcNow().AddSeconds(120), $"Deferred to {result.NextAttemptAt:O}, before the Retry-After.");
        rig.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        rig.Time.Advance(result.NextAttemptAt!.Value - rig.Time.GetUtcNow());
        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        Assert.Equal([429, 200], rig.Connector.RequestsIn(user.ConversationId).Select(r => r.Status));
    }

    [Fact]
    public async Task SenderThatCrashedAfterClaiming_IsTakenOverByTheOutbox_AfterTheLease_AndDeliversOnce()
    {
        await using var rig = await MessengerRig.StartAsync();
        var user = await rig.InstalledUserAsync();
        var message = Message(user);

        // A sender claims the key and dies before sending anything.
        Assert.Equal(OutboxClaimStatus.Claimed, (await rig.Ledger.ClaimAsync(message, CancellationToken.None)).Status);

        Assert.Equal(SendOutcome.InProgress, (await rig.Messenger.SendAsync(message, CancellationToken.None)).Outcome);
        Assert.Equal(0, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        rig.Time.Advance(new MessagingOptions().ClaimLease);
        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        Assert.Equal(0, await rig.Messenger.RetryDueAsync(CancellationToken.None));

        Assert.Single(rig.Connector.RequestsIn(user.ConversationId));
        Assert.Equal(SendOutcome.AlreadySent, (await rig.Messenger.SendAsync(message, CancellationToken.None)).Outcome);
        Assert.Contains(rig.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Taking over the lapsed claim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PermanentRefusal_IsLoggedAsFailed_AndNeverRetried()
    {
        await using var rig = await MessengerRig.StartAsync();
        var user = await rig.InstalledUserAsync();
        rig.Connector.FailNext(user.ConversationId, new ScriptedFailure(System.Net.HttpStatusCode.BadRequest, ErrorCode: "BadArgument"));

        var result = await rig.Messenger.SendAsync(Message(user), CancellationToken.None);
        rig.Time.Advance(TimeSpan.FromDays(1));
        await rig.Messenger.RetryDueAsync(CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Single(rig.Connector.RequestsIn(user.ConversationId));
        Assert.Contains(rig.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("HTTP 400 BadArgument", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageThatNeverGetsThrough_IsGivenUpAfterMaxDeliveries_AndLogged()
    {
        await using var rig = await MessengerRig.StartAsync(o => o.Outbox.MaxDeliveries = 3);
        var user = await rig.InstalledUserAsync();
        rig.Connector.FailNext(user.ConversationId, Enumerable.Repeat(ScriptedFailure.ServiceUnavailable(), 10).ToArray());

        var outcomes = new List<SendOutcome> { (await rig.Messenger.SendAsync(Message(user), CancellationToken.None)).Outcome };
        for (var run = 0; run < 5; run++)
        {
            rig.Time.Advance(TimeSpan.FromHours(2));
            await rig.Messenger.RetryDueAsync(CancellationToken.None);
            outcomes.Add((await rig.Ledger.GetAsync(user.TenantId, user.ObjectId, Message(user).Key, CancellationToken.None))!.State switch
            {
                OutboxState.Pending => SendOutcome.Deferred,
                OutboxState.Failed => SendOutcome.Failed,
                var other => throw new InvalidOperationException($"Unexpected state {other}."),
            });
        }

        Assert.Equal([SendOutcome.Deferred, SendOutcome.Deferred, SendOutcome.Failed, SendOutcome.Failed, SendOutcome.Failed, SendOutcome.Failed], outcomes);
        Assert.Equal(3, rig.Connector.RequestsIn(user.ConversationId).Count);
        Assert.Contains(rig.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Gave up on message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneUnreadableOutboxRow_DoesNotHoldUpTheMessagesBehindIt()
    {
        await using var rig = await MessengerRig.StartAsync();
        var user = await rig.InstalledUserAsync();
        var broken = Message(user, "a-broken");
        await rig.Ledger.ClaimAsync(broken, CancellationToken.None);
        await rig.Store.Table(OutboxLedger.TableName).UpsertAsync(new(user.TenantId, OutboxLedger.RowKey(user.ObjectId, broken.Key.Value), "{ not json"), CancellationToken.None);
        rig.Connector.FailNext(user.ConversationId, ScriptedFailure.ServiceUnavailable());
        Assert.Equal(SendOutcome.Deferred, (await rig.Messenger.SendAsync(Message(user, "b-healthy"), CancellationToken.None)).Outcome);
        rig.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));

        Assert.Single(rig.Connector.ActivitiesIn(user.ConversationId), a => a.Text == "b-healthy for you");
        Assert.Contains(rig.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("a-broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TenantNoLongerAllowed_IsNotReportedAsSent()
    {
        await using var rig = await MessengerRig.StartAsync(configure: null, allowedTenants: "another-tenant");
        var user = await rig.InstalledUserAsync("tenant-1");

        var result = await rig.Messenger.SendAsync(Message(user), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Empty(rig.Connector.RequestsIn(user.ConversationId));
    }

    private static OutgoingMessage Message(TeamsUser user, string what = "check-in-nudge") =>
        new(user.TenantId, user.ObjectId, IdempotencyKey.For(what, user.ObjectId, "2025-W14"), text: $"{what} for you");
}
