using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Messaging;

/// <summary>
/// What the messenger does when its caller stops (the host shutting down cancels the job's token): a send already on
/// its way to Teams is finished and recorded, because the Bot Connector would post an aborted request all the same and
/// the outbox would then send it a second time; nothing new is started; a claim not sent yet is due again at once.
/// </summary>
public sealed class OrderlyStopTests
{
    [Fact]
    public async Task SendInFlightWhenStopping_IsFinishedAndRecordedAsSent_AndTheNextSendIsNotStarted()
    {
        await using var rig = await MessengerRig.StartAsync();
        var user = await rig.InstalledUserAsync();
        var hold = rig.Connector.HoldNext(user.ConversationId);
        using var stopping = new CancellationTokenSource();

        var inFlight = rig.Messenger.SendAsync(Message(user, "first"), stopping.Token);
        await hold.Arrived.WaitAsync(Eventually.DefaultTimeout);
        await stopping.CancelAsync();
        hold.Release();

        Assert.Equal(SendOutcome.Sent, (await inFlight).Outcome);
        Assert.Equal(OutboxState.Sent, (await rig.Ledger.GetAsync(user.TenantId, user.ObjectId, Message(user, "first").Key, CancellationToken.None))!.State);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Messenger.SendAsync(Message(user, "second"), stopping.Token));
        Assert.Null(await rig.Ledger.GetAsync(user.TenantId, user.ObjectId, Message(user, "second").Key, CancellationToken.None));
        Assert.Single(rig.Connector.ActivitiesIn(user.ConversationId));
        Assert.Single(rig.Connector.RequestsIn(user.ConversationId));

        // Nothing is left owed: a later outbox run, a lease later, sends nothing again.
        rig.Time.Advance(new MessagingOptions().ClaimLease);
        Assert.Equal(0, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        Assert.Single(rig.Connector.RequestsIn(user.ConversationId));
    }

    [Fact]
    public async Task SendInFlightWhenStopping_IsStillCutOffByTheAttemptTimeout_AndLeftToTheOutbox()
    {
        await using var rig = await MessengerRig.StartAsync();
        var user = await rig.InstalledUserAsync();
        var hold = rig.Connector.HoldNext(user.ConversationId);
        using var stopping = new CancellationTokenSource();

        var inFlight = rig.Messenger.SendAsync(Message(user), stopping.Token);
        await hold.Arrived.WaitAsync(Eventually.DefaultTimeout);
        await stopping.CancelAsync();
        rig.Time.Advance(new MessagingOptions().AttemptTimeout);

        var result = await inFlight;
        Assert.Equal(SendOutcome.Deferred, result.Outcome);
        Assert.Equal(OutboxState.Pending, (await rig.Ledger.GetAsync(user.TenantId, user.ObjectId, Message(user).Key, CancellationToken.None))!.State);
        Assert.Empty(rig.Connector.ActivitiesIn(user.ConversationId));
    }

    [Fact]
    public async Task SendWaitingForTheRateLimiterWhenStopping_IsNotSent_AndTheOutboxSendsItOnceWithoutWaitingForTheLease()
    {
        await using var rig = await MessengerRig.StartAsync(o => o.MaxThrottleWait = TimeSpan.FromSeconds(5));
        var user = await rig.InstalledUserAsync();
        for (var i = 1; i <= 7; i++)
            Assert.Equal(SendOutcome.Sent, (await rig.Messenger.SendAsync(Message(user, $"reminder-{i}"), CancellationToken.None)).Outcome);
        using var stopping = new CancellationTokenSource();

        // The eighth in a second waits for the conversation's window (the fake clock does not move).
        var waiting = rig.Messenger.SendAsync(Message(user, "reminder-8"), stopping.Token);
        await Eventually.TrueAsync(
            async () => (await rig.Ledger.GetAsync(user.TenantId, user.ObjectId, Message(user, "reminder-8").Key, CancellationToken.None))?.State == OutboxState.Sending,
            "the eighth message to be claimed");
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var entry = (await rig.Ledger.GetAsync(user.TenantId, user.ObjectId, Message(user, "reminder-8").Key, CancellationToken.None))!;
        Assert.Equal(OutboxState.Pending, entry.State);
        Assert.Equal(7, rig.Connector.RequestsIn(user.ConversationId).Count);

        rig.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        Assert.Equal(8, rig.Connector.ActivitiesIn(user.ConversationId).Count);
    }

    private static OutgoingMessage Message(TeamsUser user, string what = "check-in-nudge") =>
        new(user.TenantId, user.ObjectId, IdempotencyKey.For(what, user.ObjectId, "2025-W14"), text: $"{what} for you");
}
