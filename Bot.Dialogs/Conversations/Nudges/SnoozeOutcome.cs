namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>Until when a pair's nudges now wait, and whether this snooze was the one that made it so (false: it already waited as long).</summary>
public sealed record SnoozeOutcome(DateTimeOffset Until, bool Added);
