namespace MentorBot.Dialogs.Domain.Programmes;

public enum DigestFrequency
{
    Weekly,
    Monthly,
}

/// <summary>
/// When the lead's digest goes out and where: the leads' personal chats, or a Teams channel
/// (<see cref="ChannelId"/>, a Teams channel conversation id).
/// </summary>
public sealed record DigestSettings(DigestFrequency Frequency, DayOfWeek Day, string? ChannelId)
{
    public static DigestSettings Default { get; } = new(DigestFrequency.Weekly, DayOfWeek.Monday, null);
}
