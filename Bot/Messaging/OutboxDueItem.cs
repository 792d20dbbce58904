namespace MentorBot.Messaging;

/// <summary>
/// A row of the outbox's due index: one per message that may still need delivering. Written before a message
/// is claimed, removed once it is settled, so a sender that crashes leaves a trace the outbox job finds.
/// </summary>
public sealed record OutboxDueItem(string TenantId, string UserObjectId, string Key, DateTimeOffset Since);
