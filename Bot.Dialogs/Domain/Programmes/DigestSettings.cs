namespace MentorBot.Dialogs.Domain.Programmes;

public enum DigestFrequency
{
    Weekly,
    Monthly,
}

/// <summary>
/// When the lead's digest goes out and where: the leads' personal chats (no channel), or a channel of a team the bot
/// was added to (<see cref="ChannelId"/>, the channel's conversation id, in team <see cref="TeamId"/>; programmes saved
/// before the team was recorded have only the channel, and the team is looked up).
/// </summary>
public sealed record DigestSettings(DigestFrequency Frequency, DayOfWeek Day, string? ChannelId, string? TeamId = null)
{
    public static DigestSettings Default { get; } = new(DigestFrequency.Weekly, DayOfWeek.Monday, null);

    public bool ToChannel => ChannelId is not null;
}
