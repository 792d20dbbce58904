namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// How one digest is shown: the time zone its dates are read in, the at-risk list alone, what a press did, and whether
/// it is posted in a team channel (counts only, nobody named: see <see cref="Cards.DigestView.InChannel"/>).
/// </summary>
public sealed record DigestOptions(string TimeZone = "UTC", bool AtRiskOnly = false, string? Outcome = null, bool InChannel = false);
