namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>What Message both posts: the pair, and the text the lead typed in the card's message box (absent when left empty).</summary>
public sealed record LeadMessagePress(string ProgrammeId, string PairId)
{
    public string? Message { get; init; }
}
