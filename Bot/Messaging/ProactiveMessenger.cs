using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Conversations;
using MentorBot.Hosting;
using MentorBot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>
/// Sends proactive messages through the bot's own adapter (<see cref="MentorBotAdapter"/>, a CloudAdapter) with the
/// reference the user's last activity left, or, for a channel post, the reference of the team the bot was added to
/// (<see cref="TeamChannelStore"/>) pointed at the channel. Each send claims its idempotency key in the <see cref="OutboxLedger"/>
/// first, waits for Teams' rate limits, retries transient failures with backoff, and what still fails stays in the
/// outbox for <see cref="RetryDueAsync"/>.
/// </summary>
/// <remarks>
/// Who retries: the ConnectorClient the CloudAdapter uses does not, so the retries below are the only ones and
/// attempts are not multiplied. Measured against the loopback connector (Bot.Tests/Messaging/ConnectorClientRetryTests):
/// a client from the SDK's ConnectorFactory makes exactly one request per call for 412, 429, 500, 502, 503 and 504,
/// because the factory hands it an HttpClient and Microsoft.Rest adds its RetryDelegatingHandler only to HttpClients
/// it builds itself (a ConnectorClient constructed without one does retry: 503, 503, 200 for a single call). The host
/// gives BotFrameworkAuthentication its IHttpClientFactory (pooled connections) whose default client has no retry
/// handler; should one ever be added to it, the host tests, which count requests exactly, will fail.
/// </remarks>
public sealed partial class ProactiveMessenger(
    MentorBotAdapter adapter,
    ConversationReferences references,
    TeamChannelStore teams,
    OutboxLedger ledger,
    TeamsRateLimiter limiter,
    Backoff backoff,
    IOptions<MessagingOptions> options,
    IOptions<BotAuthenticationOptions> authentication,
    TimeProvider time,
    ILogger<ProactiveMessenger> logger) : IMessenger
{
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // A stopping caller starts no new send (what it already started, it finishes: see DeliverAsync).
        cancellationToken.ThrowIfCancellationRequested();
        var claim = await ledger.ClaimAsync(message, cancellationToken);
        return claim.Status switch
        {
            OutboxClaimStatus.Claimed => await DeliverAsync(claim, cancellationToken),
            OutboxClaimStatus.AlreadySent => new SendResult(SendOutcome.AlreadySent),
            OutboxClaimStatus.NotDue => new SendResult(SendOutcome.Deferred, claim.Entry?.NextAttemptAt, claim.Entry?.LastError),
            _ => new SendResult(SendOutcome.InProgress),
        };
    }

    /// <summary>The outbox job's work: delivers every pending message whose time has come. Returns how many were tried.</summary>
    public async Task<int> RetryDueAsync(CancellationToken cancellationToken)
    {
        var tried = 0;
        var due = new List<OutboxDueItem>();
        await foreach (var item in ledger.ListDueAsync(options.Value.Outbox.BatchSize, cancellationToken))
            due.Add(item);
        foreach (var item in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var claim = await ledger.ClaimDueAsync(item, cancellationToken);
                if (claim.Status != OutboxClaimStatus.Claimed)
                    continue;
                tried++;
                var result = await DeliverAsync(claim, cancellationToken);
                LogOutboxRetry(logger, item.Key, item.Address, result.Outcome);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad row must not hold up every message behind it; a claim it left expires with its lease.
                LogOutboxItemFailed(logger, e, item.Key, item.Address);
            }
        }

        return tried;
    }

    /// <remarks>
    /// The caller's token (a host or job that is stopping) stops what has not reached Teams yet: the wait for the rate
    /// limiter, the backoff between attempts. It never aborts a request already on its way, because the Bot Connector
    /// has no idempotency: an aborted request may have posted the message all the same, and its key would be sent again
    /// later. So the attempt runs to its end (at most <see cref="MessagingOptions.AttemptTimeout"/>) and its outcome is
    /// recorded. A claim given up before sending is put back as due at once, so the next run need not wait out the lease.
    /// </remarks>
    private async Task<SendResult> DeliverAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await DeliverClaimedAsync(claim, made => attempts = made, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ledger.MarkPendingAsync(claim, time.GetUtcNow(), "the sender stopped before sending", attempts);
            LogReleased(logger, claim.Entry!.Key, claim.Entry.Address);
            throw;
        }
    }

    private async Task<SendResult> DeliverClaimedAsync(OutboxClaim claim, Action<int> attemptsMade, CancellationToken cancellationToken)
    {
        var entry = claim.Entry!;
        var (reference, state, reason) = await ReachAsync(entry, cancellationToken);
        if (reference is null)
            return await SettleAsync(claim, state, reason, 0);

        // Teams' limits are per conversation: a channel's is its own, whoever else the bot writes to.
        var conversationId = reference.Conversation?.Id ?? string.Empty;
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var throttledUntil = await limiter.AcquireAsync(entry.TenantId, conversationId, settings.MaxThrottleWait, cancellationToken);
            if (throttledUntil is { } until)
                return await DeferAsync(claim, until, "throttled by the rate limiter", attempt - 1);

            var (activityId, failure) = await SendOnceAsync(reference, entry);
            attemptsMade(attempt);
            if (failure is null)
            {
                await ledger.MarkSentAsync(claim, activityId, attempt);
                LogSent(logger, entry.Key, entry.Address, attempt);
                return new SendResult(SendOutcome.Sent);
            }

            switch (failure.Kind)
            {
                case ConnectorFailureKind.Unreachable:
                    if (entry.Address is { } user)
                        await references.MarkUnreachableAsync(entry.TenantId, user, CancellationToken.None);
                    LogUnreachable(logger, entry.Address, entry.TenantId, failure.Description);
                    return await SettleAsync(claim, OutboxState.Unreachable, failure.Description, attempt);
                case ConnectorFailureKind.Permanent:
                    LogFailed(logger, entry.Key, entry.Address, failure.Description);
                    return await SettleAsync(claim, OutboxState.Failed, failure.Description, attempt);
            }

            // Transient: wait in the call while the wait is short and attempts remain; otherwise leave it to the outbox.
            var wait = failure.RetryAfter ?? backoff.InCall(attempt);
            if (attempt >= settings.MaxAttempts || failure.RetryAfter > settings.MaxRetryAfterInCall)
            {
                var next = time.GetUtcNow() + Max(failure.RetryAfter ?? TimeSpan.Zero, backoff.Outbox(entry.Deliveries));
                return await DeferAsync(claim, next, failure.Description, attempt);
            }

            LogRetrying(logger, entry.Key, failure.Description, attempt, wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    // The reference that reaches the recipient, or the state the message settles in when none does. A channel is reached
    // through its team's record, which is deleted when the bot is removed from the team: then the channel is unreachable
    // (the bot cannot post there any more), not "never installed".
    private async Task<(ConversationReference? Reference, OutboxState State, string Reason)> ReachAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        switch (entry.To)
        {
            case ChannelPost channel:
                var team = await teams.GetAsync(entry.TenantId, channel.TeamId, cancellationToken);
                if (team is null)
                    return (null, OutboxState.Unreachable, "the bot is no longer in this team");
                if (!team.Channels.Any(c => c.Id == channel.ChannelId))
                    return (null, OutboxState.Unreachable, "the team has no such channel any more");
                return (team.ReferenceFor(channel.ChannelId), OutboxState.Sent, string.Empty);
            default:
                var record = await references.GetAsync(entry.TenantId, entry.Address!, cancellationToken);
                if (record is null)
                    return (null, OutboxState.NoConversationReference, "the bot has no conversation with this user");
                if (record.UnreachableSince is not null)
                    return (null, OutboxState.Unreachable, $"unreachable since {record.UnreachableSince:O}");
                return (record.Reference, OutboxState.Sent, string.Empty);
        }
    }

    // One request to the Bot Connector through the adapter. Returns the new activity id, or why it failed. Bounded by
    // the attempt timeout only, never by the caller's token (see DeliverAsync).
    private async Task<(string? ActivityId, ConnectorFailure? Failure)> SendOnceAsync(ConversationReference reference, OutboxEntry entry)
    {
        using var timeout = new CancellationTokenSource(options.Value.AttemptTimeout, time);
        string? activityId = null;
        Exception? failure = null;
        var reached = false;
        try
        {
            await adapter.ContinueConversationAsync(authentication.Value.MicrosoftAppId ?? string.Empty, reference, async (turn, turnCancellation) =>
            {
                reached = true;

                // The turn stamps outgoing activities as replies to its continuation event, a made-up id Teams never
                // saw; clearing it makes the message a new one in the chat (POST .../activities, not .../activities/{id}).
                turn.OnSendActivities(async (_, activities, next) =>
                {
                    foreach (var activity in activities)
                        activity.ReplyToId = null;
                    return await next();
                });

                // Caught here, not around the adapter: the adapter hands a callback's exception to OnTurnError, which
                // logs it and returns normally, so outside we could not tell a failed send from a delivered one.
                try
                {
                    var response = await turn.SendActivityAsync(Compose(entry), turnCancellation);
                    activityId = response?.Id;
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, timeout.Token);
        }
        catch (Exception e)
        {
            failure = e;
        }

        if (failure is not null)
            return (null, ConnectorFailure.From(failure, time.GetUtcNow()));

        // The middleware (the tenant allow-list) can end a turn before our callback runs: nothing was sent.
        return reached
            ? (activityId, null)
            : (null, new ConnectorFailure(ConnectorFailureKind.Permanent, null, null, null, "the adapter's middleware stopped the turn (tenant not allowed?)"));
    }

    private static IActivity Compose(OutboxEntry entry)
    {
        if (entry.Card is null)
            return MessageFactory.Text(entry.Text);
        var message = CardAttachment.Message(entry.Card);
        message.Text = entry.Text;
        return message;
    }

    private async Task<SendResult> DeferAsync(OutboxClaim claim, DateTimeOffset next, string reason, int attempts)
    {
        var entry = claim.Entry!;
        if (entry.Deliveries >= options.Value.Outbox.MaxDeliveries)
        {
            LogGaveUp(logger, entry.Key, entry.Address, entry.Deliveries, reason);
            return await SettleAsync(claim, OutboxState.Failed, $"gave up after {entry.Deliveries} deliveries: {reason}", attempts);
        }

        await ledger.MarkPendingAsync(claim, next, reason, attempts);
        LogDeferred(logger, entry.Key, entry.Address, reason, next);
        return new SendResult(SendOutcome.Deferred, next, reason);
    }

    private async Task<SendResult> SettleAsync(OutboxClaim claim, OutboxState state, string detail, int attempts)
    {
        await ledger.MarkSettledAsync(claim, state, detail, attempts);
        var outcome = state switch
        {
            OutboxState.Unreachable => SendOutcome.Unreachable,
            OutboxState.NoConversationReference => SendOutcome.NoConversationReference,
            _ => SendOutcome.Failed,
        };
        return new SendResult(outcome, null, detail);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent message {Key} to {Recipient} in {Attempts} attempt(s)")]
    private static partial void LogSent(ILogger logger, string key, string recipient, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {Key}: {Failure} on attempt {Attempt}; retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string key, string failure, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deferred message {Key} for {Recipient} ({Reason}); the outbox retries it from {NextAttemptAt:O}")]
    private static partial void LogDeferred(ILogger logger, string key, string recipient, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipient {Recipient} of tenant {TenantId} is unreachable ({Failure}); marked so, no retry")]
    private static partial void LogUnreachable(ILogger logger, string recipient, string tenantId, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {Key} for {Recipient} was refused for good: {Failure}")]
    private static partial void LogFailed(ILogger logger, string key, string recipient, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on message {Key} for {Recipient} after {Deliveries} deliveries; last failure: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string key, string recipient, int deliveries, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox could not retry message {Key} for {Recipient}; it stays due")]
    private static partial void LogOutboxItemFailed(ILogger logger, Exception exception, string key, string recipient);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: message {Key} for {Recipient} was not sent and is due again at once")]
    private static partial void LogReleased(ILogger logger, string key, string recipient);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox retried message {Key} for {Recipient}: {Outcome}")]
    private static partial void LogOutboxRetry(ILogger logger, string key, string recipient, SendOutcome outcome);
}
