using System.Text.Json.Nodes;

namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>
/// A proactive message to one user (tenant and Entra object id, the ids Graph and the directory use) or to a team
/// channel (<see cref="Recipient"/>), its idempotency key, and a text, an Adaptive Card (as built by the Cards builders)
/// or both.
/// </summary>
public sealed record OutgoingMessage
{
    /// <summary>To one user's personal chat.</summary>
    public OutgoingMessage(string tenantId, string userObjectId, IdempotencyKey key, string? text = null, JsonObject? card = null)
        : this(tenantId, Recipient.Person(userObjectId), key, text, card)
    {
    }

    public OutgoingMessage(string tenantId, Recipient to, IdempotencyKey key, string? text = null, JsonObject? card = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(to);
        if (key.Value is null)
            throw new ArgumentException("The idempotency key is empty.", nameof(key));
        if (string.IsNullOrWhiteSpace(text) && card is null)
            throw new ArgumentException("A message needs a text, a card or both.", nameof(text));
        TenantId = tenantId;
        To = to;
        Key = key;
        Text = text;
        Card = card;
    }

    public string TenantId { get; }

    public Recipient To { get; }

    /// <summary>The user, for a message to a personal chat; null for a channel post.</summary>
    public string? UserObjectId => (To as PersonalChat)?.UserObjectId;

    public IdempotencyKey Key { get; }

    public string? Text { get; }

    public JsonObject? Card { get; }
}
