namespace MentorBot.Messaging;

/// <summary>
/// What the ledger keeps of a delivered message after its retention: that it was delivered and when, under a row
/// key that is a hash of its recipient and idempotency key. No text, no card, no id.
/// </summary>
public sealed record RedactedOutboxEntry(OutboxState State, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset RedactedAt);
