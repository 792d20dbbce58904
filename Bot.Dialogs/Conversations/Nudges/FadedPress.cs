namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// What the faded question posts: which question (programme, pair, period; the presser is its recipient), the choice,
/// and the pause's end date when they picked one (Teams sends the date input as text, empty when not set).
/// </summary>
public sealed record FadedPress(string ProgrammeId, string PairId, string NudgeId, string Choice)
{
    public string? PauseUntil { get; init; }
}
