namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>What a lead's faded card posts: the pair and the lead's choice; the card it answers is the presser's own.</summary>
public sealed record FadedDecisionPress(string ProgrammeId, string PairId, string Choice);
