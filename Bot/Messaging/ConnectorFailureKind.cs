namespace MentorBot.Messaging;

/// <summary>What a failed request to the Bot Connector means for the message.</summary>
public enum ConnectorFailureKind
{
    /// <summary>Worth trying again: throttled (429), precondition failed (412), gateway or service errors, network faults.</summary>
    Transient,

    /// <summary>Teams will not deliver to this user until they come back (blocked or removed the bot).</summary>
    Unreachable,

    /// <summary>Trying again would fail the same way.</summary>
    Permanent,
}
