using Microsoft.Bot.Schema;

namespace MentorBot.Messaging;

/// <summary>
/// A team the bot was added to: its channels, and the reference that posts in them (the service URL and the bot's
/// account; no person's). One record per team, replaced whole when the team is learnt again.
/// </summary>
public sealed class TeamRecord
{
    public required string TenantId { get; init; }

    public required string TeamId { get; init; }

    public string? TeamName { get; init; }

    /// <summary>The General channel's reference; <see cref="ReferenceFor"/> points it at any other channel.</summary>
    public required ConversationReference Reference { get; init; }

    public required IReadOnlyList<TeamChannelEntry> Channels { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>What posts a new message in <paramref name="channelId"/> (ContinueConversation, then send).</summary>
    public ConversationReference ReferenceFor(string channelId) => new()
    {
        ChannelId = Reference.ChannelId,
        ServiceUrl = Reference.ServiceUrl,
        Bot = Reference.Bot,
        Locale = Reference.Locale,
        Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelId, tenantId: TenantId),
    };
}

/// <summary>One channel of a <see cref="TeamRecord"/>; a null name is the General channel.</summary>
public sealed record TeamChannelEntry(string Id, string? Name);
