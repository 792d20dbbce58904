using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What the leads' card about a faded pair shows: the pair, how long it has been quiet, what was already tried; once a
/// lead decided, what and when (the card is then rebuilt in place without buttons).
/// </summary>
public sealed record FadedLeadView(
    string ProgrammeId,
    string PairId,
    string ProgrammeName,
    string MenteeName,
    string MentorName,
    int QuietDays,
    IReadOnlyList<Attempt> Tried,
    string ViewerTimeZone)
{
    public (NudgeResponse Action, DateTimeOffset At)? Done { get; init; }

    /// <summary>What came of a press, in the viewer's language (names already literal Markdown); the card then no longer offers its buttons.</summary>
    public string? Outcome { get; init; }
}
