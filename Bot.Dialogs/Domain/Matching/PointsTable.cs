namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// <see cref="ComponentPoints"/> looked up instead of computed: every entry is filled by calling ComponentPoints on
/// the facts it stands for, so the fast score of millions of pairs and the explained score cannot disagree, and the
/// hot loop does no division.
/// </summary>
internal sealed class PointsTable
{
    private readonly int[][] skills;
    private readonly int[,] goals;
    private readonly int[] hours;
    private readonly int[] timeZone;
    private readonly int[] department;
    private readonly int[] seniority;
    private readonly int[] language;

    public PointsTable(MatchingWeights weights, int maxWantedSkills)
    {
        skills = [.. Enumerable.Range(0, maxWantedSkills + 1).Select(wanted =>
            Enumerable.Range(0, wanted + 1).Select(shared => ComponentPoints.Skills(new PairFacts { SharedSkills = shared, WantedSkills = wanted }, weights)).ToArray())];
        var most = ComponentPoints.MentionsForFullGoals;
        goals = new int[most + 1, most + 1];
        for (var mentioned = 0; mentioned <= most; mentioned++)
        {
            for (var offered = 0; offered <= most; offered++)
                goals[mentioned, offered] = ComponentPoints.Goals(new PairFacts { MentionedSkills = mentioned, OfferedSkills = offered }, weights);
        }

        hours = [.. Enumerable.Range(0, ReferenceWeek.Slots + 1).Select(s => ComponentPoints.SharedHours(new PairFacts { SharedSlots = s }, weights))];
        timeZone = [.. Enumerable.Range(0, ReferenceWeek.Slots + 1).Select(s => ComponentPoints.TimeZone(new PairFacts { OffsetDistanceSlots = s }, weights))];
        department = [.. Enum.GetValues<DepartmentFit>().Select(fit => ComponentPoints.Department(new PairFacts { Department = fit }, weights))];
        seniority = [.. Enum.GetValues<SeniorityFit>().Select(fit => ComponentPoints.Seniority(new PairFacts { Seniority = fit }, weights))];
        language = [.. Enum.GetValues<LanguageFit>().Select(fit => ComponentPoints.Language(new PairFacts { Language = fit }, weights))];
    }

    public int Skills(int shared, int wanted) => skills[wanted][shared];

    public int Goals(int mentioned, int offered) =>
        goals[Math.Min(mentioned, ComponentPoints.MentionsForFullGoals), Math.Min(offered, ComponentPoints.MentionsForFullGoals)];

    public int Hours(int? slots) => slots is { } s ? hours[s] : 0;

    public int TimeZone(int? apart) => apart is { } s ? timeZone[Math.Min(s, ReferenceWeek.Slots)] : 0;

    public int Department(DepartmentFit fit) => department[(int)fit];

    public int Seniority(SeniorityFit fit) => seniority[(int)fit];

    public int Language(LanguageFit fit) => language[(int)fit];
}
