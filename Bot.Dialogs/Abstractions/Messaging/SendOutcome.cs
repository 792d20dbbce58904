namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>What became of a proactive send.</summary>
public enum SendOutcome
{
    /// <summary>Delivered by this call.</summary>
    Sent,

    /// <summary>An earlier send with the same key delivered it; nothing was sent again.</summary>
    AlreadySent,

    /// <summary>Another sender holds the key and is delivering it right now.</summary>
    InProgress,

    /// <summary>Not delivered yet (throttled or a transient failure); kept and retried from the outbox later.</summary>
    Deferred,

    /// <summary>Teams refuses messages to this user (blocked or uninstalled the bot); they are marked unreachable.</summary>
    Unreachable,

    /// <summary>The bot has no conversation with this user: it was never installed for them.</summary>
    NoConversationReference,

    /// <summary>Refused for good (a request Teams will never accept, or retries exhausted); logged, not retried.</summary>
    Failed,
}
