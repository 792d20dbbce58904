using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What a lead's escalation card shows: the pair, why it is escalated (its health reasons), and what was already
/// tried; once the lead acted, what they did and when (the card is then rebuilt in place without buttons).
/// </summary>
public sealed record EscalationView(
    string ProgrammeId,
    string PairId,
    string ProgrammeName,
    string MenteeName,
    string MentorName,
    IReadOnlyList<HealthReason> Reasons,
    IReadOnlyList<Attempt> Tried,
    string ViewerTimeZone)
{
    /// <summary>How many of the latest attempts the card lists: enough to see a pattern, few enough to stay short.</summary>
    public const int TriedShown = 8;

    public (NudgeResponse Action, DateTimeOffset At)? Done { get; init; }

    /// <summary>
    /// What came of a press, in the viewer's language (names already literal Markdown): under <see cref="Done"/>, or
    /// alone when nothing could be done (the pair ended meanwhile). Either way the card no longer offers its buttons.
    /// </summary>
    public string? Outcome { get; init; }
}
