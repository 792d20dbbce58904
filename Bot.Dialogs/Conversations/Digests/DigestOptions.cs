namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>How one lead's digest is shown: the time zone its dates are read in, the at-risk list alone, and what a press did.</summary>
public sealed record DigestOptions(string TimeZone = "UTC", bool AtRiskOnly = false, string? Outcome = null);
