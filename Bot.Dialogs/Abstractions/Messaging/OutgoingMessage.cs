using System.Text.Json.Nodes;

namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>
/// A proactive message to one user: who (tenant and Entra object id, the ids Graph and the directory use),
/// its idempotency key, and a text, an Adaptive Card (as built by the Cards builders) or both.
/// </summary>
public sealed record OutgoingMessage
{
    public OutgoingMessage(string tenantId, string userObjectId, IdempotencyKey key, string? text = null, JsonObject? card = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        if (key.Value is null)
            throw new ArgumentException("The idempotency key is empty.", nameof(key));
        if (string.IsNullOrWhiteSpace(text) && card is null)
            throw new ArgumentException("A message needs a text, a card or both.", nameof(text));
        TenantId = tenantId;
        UserObjectId = userObjectId;
        Key = key;
        Text = text;
        Card = card;
    }

    public string TenantId { get; }

    public string UserObjectId { get; }

    public IdempotencyKey Key { get; }

    public string? Text { get; }

    public JsonObject? Card { get; }
}
