using Microsoft.Bot.Schema;

namespace MentorBot.Messaging;

/// <summary>What we keep to reach a user later: where their personal chat is, their language, and its state.</summary>
public sealed class ConversationReferenceRecord
{
    public required ConversationReference Reference { get; init; }

    public string? Locale { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set once the welcome card went out, so install and conversationUpdate do not both greet.</summary>
    public DateTimeOffset? WelcomedAt { get; set; }

    /// <summary>Set when Teams answered 403 MessageWritesBlocked (the user blocked or uninstalled the bot).</summary>
    public DateTimeOffset? UnreachableSince { get; set; }
}
