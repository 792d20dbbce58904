using System.Text.Json.Serialization;

namespace MentorBot.Messaging;

/// <summary>
/// A row of the outbox's due index: one per message that may still need delivering. Written before a message
/// is claimed, removed once it is settled, so a sender that crashes leaves a trace the outbox job finds.
/// </summary>
/// <param name="Address">The recipient's address (a person's object id, or a channel's): stored under the name rows had
/// when only people received messages, so rows written before channel posts existed still read.</param>
public sealed record OutboxDueItem(string TenantId, [property: JsonPropertyName("userObjectId")] string Address, string Key, DateTimeOffset Since);
