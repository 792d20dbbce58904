using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>
/// The idempotency ledger of proactive messages, on the storage port. A sender claims a key with an insert (or an
/// ETag-conditional update of a lapsed claim) before it sends, and records the outcome under the same ETag after,
/// so two senders never both hold a key. A claim lapses after <see cref="MessagingOptions.ClaimLease"/>, which
/// is how the outbox job takes over from a sender that crashed. The <see cref="OutboxDueIndex"/> lists every
/// message that may still need delivering, so the job reads one partition instead of scanning the ledger.
/// </summary>
public sealed partial class OutboxLedger(IEntityStore store, IOptions<MessagingOptions> options, TimeProvider time, ILogger<OutboxLedger> logger)
{
    public const string TableName = "outbox";
    private const int MaxConflictRetries = 8;
    private const string RedactedPrefix = "sha256-";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly OutboxDueIndex _due = new(store, Json);

    private IEntityTable Ledger => store.Table(TableName);

    /// <param name="address">The recipient's <see cref="Recipient.Address"/> (a person's object id, or a channel's).</param>
    public async Task<OutboxEntry?> GetAsync(string tenantId, string address, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var row = await Ledger.GetAsync(tenantId, RowKey(address, key.Value), cancellationToken);
        return row is null ? null : Read(row.Body);
    }

    /// <summary>Claims the message's key for the caller, unless it was delivered or someone else is delivering it.</summary>
    public async Task<OutboxClaim> ClaimAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var rowKey = RowKey(message.To.Address, message.Key.Value);
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var row = await Ledger.GetAsync(message.TenantId, rowKey, cancellationToken);
            // A delivered message whose retention ran out left only its hash: still delivered, never sent again.
            if (row is null && await Ledger.GetAsync(message.TenantId, RedactedRowKey(message.To.Address, message.Key.Value), cancellationToken) is not null)
                return new OutboxClaim(OutboxClaimStatus.AlreadySent);

            var entry = row is null
                ? NewEntry(message, now)
                : Read(row.Body);
            var standing = row is null ? OutboxClaimStatus.Claimed : Standing(entry, now);
            if (standing != OutboxClaimStatus.Claimed)
                return new OutboxClaim(standing, entry);

            // A settled failure asked for again is a new request: it gets a fresh count of deliveries.
            if (entry.State is OutboxState.Unreachable or OutboxState.NoConversationReference or OutboxState.Failed)
                entry.Deliveries = 0;
            entry.Text = message.Text;
            entry.Card = message.Card?.DeepClone().AsObject();

            // The due row goes first: if this process dies after claiming, the outbox job still finds the message.
            await MarkDueAsync(entry, now, cancellationToken);
            var claim = await TryTakeAsync(row?.ETag, entry, now, cancellationToken);
            if (claim is not null)
                return claim;
            if (attempt >= MaxConflictRetries)
                return new OutboxClaim(OutboxClaimStatus.InProgress, entry);
        }
    }

    /// <summary>For the outbox job: claims a due message if it still needs delivering, and tidies the index if not.</summary>
    public async Task<OutboxClaim> ClaimDueAsync(OutboxDueItem item, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxConflictRetries; attempt++)
        {
            var now = time.GetUtcNow();
            var row = await Ledger.GetAsync(item.TenantId, RowKey(item.Address, item.Key), cancellationToken);
            if (row is null)
            {
                // A sender wrote the due row and died before its claim: nothing to send (its author will ask again).
                if (item.Since + options.Value.ClaimLease <= now)
                    await RemoveDueAsync(item.TenantId, item.Address, item.Key, cancellationToken);
                return OutboxClaim.Nothing;
            }

            var entry = Read(row.Body);
            if (entry.State is OutboxState.Sent or OutboxState.Unreachable or OutboxState.NoConversationReference or OutboxState.Failed)
            {
                await RemoveDueAsync(item.TenantId, item.Address, item.Key, cancellationToken);
                return OutboxClaim.Nothing;
            }

            var standing = Standing(entry, now);
            if (standing != OutboxClaimStatus.Claimed)
                return new OutboxClaim(standing, entry);
            var claim = await TryTakeAsync(row.ETag, entry, now, cancellationToken);
            if (claim is not null)
                return claim;
        }

        return OutboxClaim.Nothing;
    }

    /// <summary>The messages that may need delivering, in key order; at most <paramref name="max"/>.</summary>
    public IAsyncEnumerable<OutboxDueItem> ListDueAsync(int max, CancellationToken cancellationToken) => _due.ListAsync(max, cancellationToken);

    /// <summary>Records a delivery. Never cancelled: once Teams has the message the ledger must say so.</summary>
    public async Task MarkSentAsync(OutboxClaim claim, string? activityId, int attempts)
    {
        var entry = Owned(claim);
        entry.State = OutboxState.Sent;
        entry.SentAt = time.GetUtcNow();
        entry.ActivityId = activityId;
        entry.LastError = null;
        entry.NextAttemptAt = null;
        if (!await FinishAsync(claim, attempts))
        {
            // Our lease lapsed and another sender took the key over. The delivery is a fact all the same.
            LogLateDelivery(logger, entry.Key, entry.Address);
            await ForceSentAsync(entry, activityId);
        }

        await RemoveDueAsync(entry.TenantId, entry.Address, entry.Key, CancellationToken.None);
    }

    /// <summary>Keeps the message for the outbox job, to be tried again from <paramref name="nextAttemptAt"/>.</summary>
    public async Task MarkPendingAsync(OutboxClaim claim, DateTimeOffset nextAttemptAt, string error, int attempts)
    {
        var entry = Owned(claim);
        entry.State = OutboxState.Pending;
        entry.NextAttemptAt = nextAttemptAt;
        entry.LastError = error;
        if (!await FinishAsync(claim, attempts))
            LogLostClaim(logger, entry.Key, entry.Address);
    }

    /// <summary>Settles an undelivered message (unreachable, no conversation, failed): the job will not retry it.</summary>
    public async Task MarkSettledAsync(OutboxClaim claim, OutboxState state, string detail, int attempts)
    {
        if (state is not (OutboxState.Unreachable or OutboxState.NoConversationReference or OutboxState.Failed))
            throw new ArgumentOutOfRangeException(nameof(state), state, "Only undelivered final states settle a message.");
        var entry = Owned(claim);
        entry.State = state;
        entry.LastError = detail;
        entry.NextAttemptAt = null;
        if (!await FinishAsync(claim, attempts))
        {
            LogLostClaim(logger, entry.Key, entry.Address);
            return;
        }

        await RemoveDueAsync(entry.TenantId, entry.Address, entry.Key, CancellationToken.None);
    }

    /// <summary>
    /// Puts back in the queue the messages to one person that found no conversation with them (settled
    /// <see cref="OutboxState.NoConversationReference"/>) since <paramref name="since"/>: called when the person
    /// installs the bot, so what was sent before they could be reached (a nudge, an offer) is delivered now rather than
    /// lost. Each is re-queued under its ETag (a row changed meanwhile is left alone); returns how many.
    /// </summary>
    public async Task<int> RequeueUnaddressedAsync(string tenantId, string userObjectId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var requeued = 0;
        var now = time.GetUtcNow();
        var rows = new List<StoredEntity>();
        await foreach (var row in Ledger.QueryAsync(tenantId, RowKeyRange.Prefix(userObjectId + "|"), cancellationToken))
            rows.Add(row);
        foreach (var row in rows)
        {
            var entry = Read(row.Body);
            if (entry.State != OutboxState.NoConversationReference || entry.CreatedAt < since || !string.Equals(entry.Address, userObjectId, StringComparison.Ordinal))
                continue;
            entry.State = OutboxState.Pending;
            entry.NextAttemptAt = now;
            entry.Deliveries = 0;
            entry.LastError = null;
            entry.UpdatedAt = now;

            // The due row first, as a claim does: whatever happens next, the outbox job finds the message.
            await MarkDueAsync(entry, now, cancellationToken);
            try
            {
                await Ledger.UpdateAsync(Write(entry), row.ETag, cancellationToken);
                requeued++;
            }
            catch (EntityConflictException)
            {
                // Claimed or changed since it was read: its new owner decides, and the job tidies the due row.
            }
        }

        return requeued;
    }

    /// <summary>
    /// Every row of the ledger that still holds a message (redacted rows hold none), with its entry; of one tenant, or
    /// of all. A scan: for the retention job and for erasure, not for sending.
    /// </summary>
    public async IAsyncEnumerable<(StoredEntity Row, OutboxEntry Entry)> MessagesAsync(string? tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = tenantId is null ? Ledger.ScanAsync(cancellationToken) : Ledger.QueryAsync(tenantId, RowKeyRange.All, cancellationToken);
        await foreach (var row in rows)
        {
            if (!row.RowKey.StartsWith(RedactedPrefix, StringComparison.Ordinal))
                yield return (row, Read(row.Body));
        }
    }

    /// <summary>
    /// Replaces a delivered message by its redacted form: a row keyed by a hash of recipient and key, holding only
    /// dates, so the message is still never sent twice while nothing in the row names anyone. False when the row
    /// changed since it was read (decide again on the next run).
    /// </summary>
    public async Task<bool> RedactAsync(StoredEntity row, OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (entry.State != OutboxState.Sent)
            throw new InvalidOperationException("Only a delivered message is redacted; an undelivered one is erased.");

        // The hash first: between the two writes a claim finds one or the other, and either says "already sent".
        var redacted = new RedactedOutboxEntry(entry.State, entry.CreatedAt, entry.SentAt, time.GetUtcNow());
        await Ledger.UpsertAsync(new EntityWrite(row.PartitionKey, RedactedRowKey(entry.Address, entry.Key), JsonSerializer.Serialize(redacted, Json)), cancellationToken);
        return await TryDeleteAsync(row, cancellationToken);
    }

    /// <summary>Deletes a message and its due row outright; false when the row changed since it was read.</summary>
    public async Task<bool> EraseAsync(StoredEntity row, OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (!await TryDeleteAsync(row, cancellationToken))
            return false;
        await RemoveDueAsync(entry.TenantId, entry.Address, entry.Key, cancellationToken);
        return true;
    }

    internal static string RowKey(string address, string key) => $"{address}|{key}";

    // Hex of SHA-256, which no object id or idempotency key looks like (those rows always contain '|').
    internal static string RedactedRowKey(string address, string key) =>
        RedactedPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RowKey(address, key))));

    private static OutboxEntry NewEntry(OutgoingMessage message, DateTimeOffset now)
    {
        var channel = message.To as ChannelPost;
        return new OutboxEntry
        {
            TenantId = message.TenantId,
            UserObjectId = message.UserObjectId,
            TeamId = channel?.TeamId,
            ChannelId = channel?.ChannelId,
            Key = message.Key.Value,
            CreatedAt = now,
        };
    }

    private async Task<bool> TryDeleteAsync(StoredEntity row, CancellationToken cancellationToken)
    {
        try
        {
            return await Ledger.DeleteAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    // Whether a caller may claim the entry now, and if not, why.
    private static OutboxClaimStatus Standing(OutboxEntry entry, DateTimeOffset now) => entry.State switch
    {
        OutboxState.Sent => OutboxClaimStatus.AlreadySent,
        OutboxState.Sending when entry.ClaimedUntil > now => OutboxClaimStatus.InProgress,
        OutboxState.Pending when entry.NextAttemptAt > now => OutboxClaimStatus.NotDue,

        // A lapsed claim, a due retry, or a settled failure asked for again.
        _ => OutboxClaimStatus.Claimed,
    };

    // Inserts (no row yet) or updates under the ETag read; null when another sender won the race.
    private async Task<OutboxClaim?> TryTakeAsync(string? etag, OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A new entry (no ETag yet) starts as Sending too: only a stored one is a takeover.
        if (etag is not null && entry.State == OutboxState.Sending)
            LogTakeOver(logger, entry.Key, entry.Address);
        entry.State = OutboxState.Sending;
        entry.ClaimedUntil = now + options.Value.ClaimLease;
        entry.NextAttemptAt = null;
        entry.Deliveries++;
        entry.UpdatedAt = now;
        var write = Write(entry);
        try
        {
            var newETag = etag is null
                ? await Ledger.InsertAsync(write, cancellationToken)
                : await Ledger.UpdateAsync(write, etag, cancellationToken);
            return new OutboxClaim(OutboxClaimStatus.Claimed, entry, newETag);
        }
        catch (EntityConflictException)
        {
            return null;
        }
    }

    // Writes the owner's outcome under its claim's ETag; false when the claim was lost to a takeover.
    private async Task<bool> FinishAsync(OutboxClaim claim, int attempts)
    {
        var entry = claim.Entry!;
        entry.Attempts += attempts;
        entry.ClaimedUntil = null;
        entry.UpdatedAt = time.GetUtcNow();
        try
        {
            await Ledger.UpdateAsync(Write(entry), claim.ETag!, CancellationToken.None);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    private async Task ForceSentAsync(OutboxEntry delivered, string? activityId)
    {
        for (var attempt = 1; attempt <= MaxConflictRetries; attempt++)
        {
            var row = await Ledger.GetAsync(delivered.TenantId, RowKey(delivered.Address, delivered.Key), CancellationToken.None);

            // Gone means erased ("delete my data") while it was being sent: recording it would bring the message back.
            if (row is null)
                return;
            var current = Read(row.Body);
            if (current.State == OutboxState.Sent)
                return;
            current.State = OutboxState.Sent;
            current.SentAt = delivered.SentAt;
            current.ActivityId ??= activityId;
            current.ClaimedUntil = null;
            current.UpdatedAt = time.GetUtcNow();
            try
            {
                await Ledger.UpdateAsync(Write(current), row.ETag, CancellationToken.None);
                return;
            }
            catch (EntityConflictException)
            {
                // Another writer moved; read again.
            }
        }
    }

    private Task MarkDueAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken) =>
        _due.AddAsync(new OutboxDueItem(entry.TenantId, entry.Address, entry.Key, now), cancellationToken);

    private Task RemoveDueAsync(string tenantId, string address, string key, CancellationToken cancellationToken) =>
        _due.RemoveAsync(tenantId, address, key, cancellationToken);

    private static OutboxEntry Owned(OutboxClaim claim)
    {
        if (claim.Status != OutboxClaimStatus.Claimed || claim.Entry is null || claim.ETag is null)
            throw new InvalidOperationException("Only the owner of a claim records its outcome.");
        return claim.Entry;
    }

    private static EntityWrite Write(OutboxEntry entry) =>
        new(entry.TenantId, RowKey(entry.Address, entry.Key), JsonSerializer.Serialize(entry, Json));

    private static OutboxEntry Read(string body) =>
        JsonSerializer.Deserialize<OutboxEntry>(body, Json) ?? throw new InvalidDataException("Empty outbox entry.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taking over the lapsed claim on message {Key} for {Recipient}: its sender stopped before recording an outcome")]
    private static partial void LogTakeOver(ILogger logger, string key, string recipient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Key} for {Recipient} was delivered after its claim lapsed; recording it as sent over the new owner")]
    private static partial void LogLateDelivery(ILogger logger, string key, string recipient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The claim on message {Key} for {Recipient} lapsed before its outcome was recorded; the new owner decides")]
    private static partial void LogLostClaim(ILogger logger, string key, string recipient);
}
