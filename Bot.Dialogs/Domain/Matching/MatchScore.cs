namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// A mentee and mentor scored together: each component with its reason, the total out of the programme's maximum,
/// and, when the pair may not be proposed at all, the rule that excludes it.
/// </summary>
public sealed record MatchScore(
    string MenteeId,
    string MentorId,
    IReadOnlyList<ComponentScore> Components,
    int Total,
    int Maximum,
    int MinimumScore,
    MatchReason? Exclusion)
{
    /// <summary>The total as a percentage of the best possible score, for people to read.</summary>
    public int Percent => Maximum == 0 ? 0 : (int)Math.Round(100.0 * Total / Maximum, MidpointRounding.AwayFromZero);

    /// <summary>Not excluded by any rule and at least the programme's minimum score: the pair may be proposed.</summary>
    public bool IsCompatible => Exclusion is null && Total >= MinimumScore;

    public ComponentScore this[MatchComponent component] => Components.First(c => c.Component == component);
}
