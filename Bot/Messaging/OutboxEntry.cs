using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Abstractions.Messaging;

namespace MentorBot.Messaging;

/// <summary>
/// One row of the outbox ledger: the message itself (so the outbox job can send it without its author) and
/// how far its delivery got. Partition: tenant; row: recipient's <see cref="Recipient.Address"/> and idempotency key.
/// </summary>
public sealed class OutboxEntry
{
    public required string TenantId { get; init; }

    /// <summary>The person, for a message to a personal chat; null for a channel post.</summary>
    public string? UserObjectId { get; init; }

    /// <summary>The team, for a channel post (its stored reference reaches the channel).</summary>
    public string? TeamId { get; init; }

    /// <summary>The channel's conversation id, for a channel post.</summary>
    public string? ChannelId { get; init; }

    public required string Key { get; init; }

    public string? Text { get; set; }

    public JsonObject? Card { get; set; }

    public OutboxState State { get; set; }

    /// <summary>Deliveries started (claims taken), each with its own in-call retries.</summary>
    public int Deliveries { get; set; }

    /// <summary>Requests made to the Bot Connector for this message, over every delivery.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>While <see cref="OutboxState.Sending"/>: when the claim lapses and another sender may take over.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>While <see cref="OutboxState.Pending"/>: the earliest time to try again.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The id Teams gave the delivered activity (lets a later card update target it).</summary>
    public string? ActivityId { get; set; }

    public string? LastError { get; set; }

    [JsonIgnore]
    public Recipient To => ChannelId is null
        ? Recipient.Person(UserObjectId ?? throw new InvalidDataException($"Outbox entry {Key} names no recipient."))
        : Recipient.Channel(TeamId ?? throw new InvalidDataException($"Outbox entry {Key} names no team."), ChannelId);

    /// <summary>The recipient as the ledger's row keys and due index name it.</summary>
    [JsonIgnore]
    public string Address => To.Address;
}
