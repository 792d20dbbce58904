namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>What a mentee's pick on their choice card posts: the programme and the mentor picked.</summary>
public sealed record MentorChoice(string ProgrammeId, string MentorId);
