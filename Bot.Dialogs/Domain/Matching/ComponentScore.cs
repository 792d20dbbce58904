namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>One component of a match: the points it earned out of its weight, and why.</summary>
public sealed record ComponentScore(MatchComponent Component, int Points, int Weight, MatchReason Reason);
