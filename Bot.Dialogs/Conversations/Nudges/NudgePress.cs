namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>What a nudge card's button posts: which nudge (programme, pair, period); its recipient is whoever presses.</summary>
public sealed record NudgePress(string ProgrammeId, string PairId, string NudgeId);
