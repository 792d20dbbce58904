namespace MentorBot.Messaging;

/// <summary>Where a proactive message stands in the outbox.</summary>
public enum OutboxState
{
    /// <summary>A sender has claimed it and is delivering it until its lease runs out.</summary>
    Sending,

    /// <summary>Not delivered yet; the outbox job tries again at the next attempt time.</summary>
    Pending,

    /// <summary>Delivered. Final: a later send with the same key delivers nothing.</summary>
    Sent,

    /// <summary>Teams refused the user (blocked or removed the bot). A later send with the key may try again.</summary>
    Unreachable,

    /// <summary>No conversation with the user was known. A later send with the key may try again.</summary>
    NoConversationReference,

    /// <summary>Given up (permanent refusal or retries exhausted) and logged. A later send with the key may try again.</summary>
    Failed,
}
