namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>A scheduled digest whose moment has come: its period ("2026-W49", "2026-12") and the instant it became due.</summary>
public sealed record DigestDue(string Period, DateTimeOffset At);
