namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>The points each component earns from the facts of a pair: its weight times the share of it that is met.</summary>
internal static class ComponentPoints
{
    /// <summary>Mentor's skills mentioned in the goals that earn the full goals weight (or all the mentor offers, if fewer).</summary>
    public const int MentionsForFullGoals = 2;

    /// <summary>Offsets this far apart or more earn no time-zone points.</summary>
    public const int ZeroAtHoursApart = 12;

    public static int Skills(in PairFacts f, MatchingWeights w) =>
        f.WantedSkills == 0 ? 0 : Share(w.Skills, f.SharedSkills, f.WantedSkills);

    public static int Goals(in PairFacts f, MatchingWeights w) =>
        f.OfferedSkills == 0 ? 0 : Share(w.Goals, Math.Min(f.MentionedSkills, MentionsForFullGoals), Math.Min(f.OfferedSkills, MentionsForFullGoals));

    public static int SharedHours(in PairFacts f, MatchingWeights w) =>
        f.SharedSlots is not { } slots ? 0 : Share(w.SharedHours, Math.Min(slots, w.FullSharedHours * ReferenceWeek.SlotsPerHour), w.FullSharedHours * ReferenceWeek.SlotsPerHour);

    public static int TimeZone(in PairFacts f, MatchingWeights w)
    {
        const int zeroAt = ZeroAtHoursApart * ReferenceWeek.SlotsPerHour;
        return f.OffsetDistanceSlots is not { } apart ? 0 : Share(w.TimeZone, Math.Max(0, zeroAt - apart), zeroAt);
    }

    public static int Department(in PairFacts f, MatchingWeights w) =>
        f.Department is DepartmentFit.NoPreference or DepartmentFit.PreferenceMet ? w.Department : 0;

    public static int Seniority(in PairFacts f, MatchingWeights w) => f.Seniority switch
    {
        SeniorityFit.RightWay => w.Seniority,
        SeniorityFit.Same => Share(w.Seniority, 1, 2),
        _ => 0,
    };

    public static int Language(in PairFacts f, MatchingWeights w) => f.Language == LanguageFit.Shared ? w.Language : 0;

    public static int Total(in PairFacts f, MatchingWeights w) =>
        Skills(f, w) + Goals(f, w) + SharedHours(f, w) + TimeZone(f, w) + Department(f, w) + Seniority(f, w) + Language(f, w);

    // Integer arithmetic, rounded half up: exact and the same on every machine, which the optimiser relies on.
    private static int Share(int weight, int part, int whole) => (int)(((2L * weight * part) + whole) / (2L * whole));
}
