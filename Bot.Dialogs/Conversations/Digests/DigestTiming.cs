namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>The hour (0–23, on each destination's own clock) scheduled digests go out; from the host's Digests options.</summary>
public sealed record DigestTiming(int LocalHour)
{
    public static DigestTiming Default { get; } = new(8);
}
