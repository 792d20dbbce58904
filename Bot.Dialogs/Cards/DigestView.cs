using MentorBot.Dialogs.Domain.Digests;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What a lead's digest card shows: the programme's figures, read in the viewer's time zone; the whole digest or, for
/// `at risk`, the at-risk list alone; and, once the lead pressed a button on a row, what came of it.
/// </summary>
public sealed record DigestView(DigestFigures Figures, string ViewerTimeZone)
{
    /// <summary>How many offers and how many waiting mentees the card names; the rest are counted ("and 12 more").</summary>
    public const int WaitingShown = 5;

    /// <summary>How many of a pair's latest attempts its row lists.</summary>
    public const int TriedShown = 3;

    /// <summary>The `at risk` card: the list alone.</summary>
    public bool AtRiskOnly { get; init; }

    /// <summary>
    /// Posted in a team channel, where everyone in the team reads it: counts only. Nobody is named (no at-risk rows, no
    /// waiting people) and there are no buttons; leads get the names in their personal chat (`at risk`).
    /// </summary>
    public bool InChannel { get; init; }

    /// <summary>What a press on a row did, in the viewer's language (names already literal Markdown), shown first.</summary>
    public string? Outcome { get; init; }
}
