namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>
/// A channel of a team the bot was added to, where it can post for everyone in the team (a lead digest).
/// A null <see cref="ChannelName"/> is the team's General channel, whose id is the team's id and which Teams names
/// in each reader's language.
/// </summary>
public sealed record TeamChannel(string TenantId, string TeamId, string? TeamName, string ChannelId, string? ChannelName)
{
    public bool IsGeneral => ChannelId == TeamId;
}
