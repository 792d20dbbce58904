using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Scores every mentee of a round against every mentor. Hard rules exclude a pair outright: the same person, someone
/// not active, an earlier or declined pairing, no language in common (when both have said which they speak: a mentoring
/// relationship needs one, so a weight could not make up for it), the wrong way round on seniority (a mentor less
/// senior than the mentee, or more senior in reverse mentoring), and a mentor with no capacity left. Everything else
/// is weighed (<see cref="MatchingWeights"/>). People are indexed in a stable order: sorted by id, then shuffled by the
/// round's seed, so ties fall the same way for the same input whatever order it came in.
/// </summary>
public sealed class MatchScorer
{
    private readonly MatchProfile[] mentees;
    private readonly MatchProfile[] mentors;
    private readonly int[] remaining;
    private readonly int[][] previousMentors;
    private readonly int[][] declinedMentors;
    private readonly bool reverse;
    private readonly MatchingWeights weights;
    private readonly DateOnly referenceDate;
    private readonly ProfileBuilder profiles;
    private readonly PointsTable points;
    private readonly bool[] menteeAvailable;
    private readonly bool[] mentorAvailable;
    private readonly int[] sameMentor;

    private MatchScorer(MatchingRound round)
    {
        Round = round;
        weights = round.Weights;
        reverse = round.Programme.Type == ProgrammeType.Reverse;
        referenceDate = round.ReferenceDate;
        if (weights.Check().Any())
            throw new ArgumentException("The programme's matching weights are not valid; ProgrammeRules.Check says why.", nameof(round));
        Check(round.Mentees, Role.Mentee, nameof(round.Mentees));
        Check(round.Mentors, Role.Mentor, nameof(round.Mentors));
        profiles = new ProfileBuilder(round.Mentees.Concat(round.Mentors), new ReferenceWeek(round.ReferenceDate));
        mentees = [.. StableOrder(round.Mentees, round.Seed).Select(profiles.Build)];
        mentors = [.. StableOrder(round.Mentors, round.Seed + 1).Select(profiles.Build)];
        remaining = [.. mentors.Select(m => round.RemainingCapacityOf(m.Participant))];
        var mentorIndex = mentors.Select((m, j) => (m.Participant.UserObjectId, j)).ToDictionary(x => x.UserObjectId, x => x.j, StringComparer.Ordinal);
        previousMentors = MentorsPerMentee(round.PreviousPairs, mentorIndex);
        declinedMentors = MentorsPerMentee(round.DeclinedPairs, mentorIndex);
        Mentees = [.. mentees.Select(m => m.Participant)];
        Mentors = [.. mentors.Select(m => m.Participant)];
        points = new PointsTable(weights, mentees.Select(m => m.SkillCount).DefaultIfEmpty(0).Max());
        menteeAvailable = [.. Mentees.Select(IsAvailable)];
        mentorAvailable = [.. Mentors.Select(IsAvailable)];
        sameMentor = [.. Mentees.Select(p => mentorIndex.GetValueOrDefault(p.UserObjectId, -1))];
    }

    public MatchingRound Round { get; }

    /// <summary>The round's mentees in the scorer's stable order; indexes below refer to it.</summary>
    public IReadOnlyList<Participant> Mentees { get; }

    /// <summary>The round's mentors in the scorer's stable order.</summary>
    public IReadOnlyList<Participant> Mentors { get; }

    public int MinimumScore => weights.MinimumScore;

    public static MatchScorer For(MatchingRound round) => new(round);

    /// <summary>One pair on its own, explained: what a conversation shows when someone asks why.</summary>
    public static MatchScore Explain(Programme programme, Participant mentee, Participant mentor, DateOnly referenceDate, IReadOnlyCollection<PairKey>? previousPairs = null, int mentorLoad = 0) =>
        For(new MatchingRound
        {
            Programme = programme,
            Mentees = [mentee],
            Mentors = [mentor],
            ReferenceDate = referenceDate,
            PreviousPairs = previousPairs ?? [],
            CurrentLoads = new Dictionary<string, int> { [mentor.UserObjectId] = mentorLoad },
        }).Explain(0, 0);

    public int RemainingCapacity(int mentor) => remaining[mentor];

    /// <summary>A pair's total score when it may be proposed; -1 when a rule excludes it or it scores below the programme's minimum.</summary>
    /// <remarks>
    /// The hot path of a round (every pair, millions of times): the same rules and points as <see cref="Explain(int, int)"/>,
    /// from precomputed flags and <see cref="PointsTable"/> instead of <see cref="PairFacts"/>; a property test holds the two equal.
    /// </remarks>
    public int Score(int mentee, int mentor)
    {
        if (!menteeAvailable[mentee] || !mentorAvailable[mentor] || remaining[mentor] <= 0 || sameMentor[mentee] == mentor)
            return -1;
        if (Contains(previousMentors[mentee], mentor) || Contains(declinedMentors[mentee], mentor))
            return -1;
        var a = mentees[mentee];
        var b = mentors[mentor];
        var language = a.LanguageCount == 0 || b.LanguageCount == 0 ? LanguageFit.Unknown
            : Bits.AnyShared(a.Languages, b.Languages) ? LanguageFit.Shared : LanguageFit.None;
        var seniority = SeniorityOf(a.Participant.Seniority, b.Participant.Seniority);
        if (language == LanguageFit.None || seniority == SeniorityFit.WrongWay)
            return -1;
        var total = points.Skills(Bits.CountShared(a.Skills, b.Skills), a.SkillCount)
            + points.Goals(Bits.CountShared(a.MentionedSkills, b.Skills), b.SkillCount)
            + points.Hours(a.Hours is null || b.Hours is null ? null : Bits.CountShared(a.Hours, b.Hours))
            + points.TimeZone(a.OffsetSlots is { } x && b.OffsetSlots is { } y ? Math.Abs(x - y) : null)
            + points.Department(DepartmentOf(a, b))
            + points.Seniority(seniority)
            + points.Language(language);
        return total >= weights.MinimumScore ? total : -1;
    }

    /// <summary>Whether the only thing keeping this pair apart is that the mentor is full: tells "no capacity" from "no fit".</summary>
    public bool IsCompatibleButForCapacity(int mentee, int mentor)
    {
        var facts = Facts(mentee, mentor);
        return facts.Exclusion is PairExclusion.None or PairExclusion.MentorFull && ComponentPoints.Total(facts, weights) >= weights.MinimumScore;
    }

    internal bool IsMenteeAvailable(int mentee) => menteeAvailable[mentee];

    public MatchScore Explain(int mentee, int mentor)
    {
        var facts = Facts(mentee, mentor);
        var explanation = new MatchExplanation(mentees[mentee], mentors[mentor], facts, weights, reverse, profiles);
        return new MatchScore(
            mentees[mentee].Participant.UserObjectId,
            mentors[mentor].Participant.UserObjectId,
            explanation.Components(),
            ComponentPoints.Total(facts, weights),
            weights.Maximum,
            weights.MinimumScore,
            explanation.Exclusion());
    }

    internal PairFacts Facts(int mentee, int mentor)
    {
        var a = mentees[mentee];
        var b = mentors[mentor];
        var language = a.LanguageCount == 0 || b.LanguageCount == 0 ? LanguageFit.Unknown
            : Bits.AnyShared(a.Languages, b.Languages) ? LanguageFit.Shared : LanguageFit.None;
        var seniority = SeniorityOf(a.Participant.Seniority, b.Participant.Seniority);
        return new PairFacts(
            Exclusion(mentee, mentor, language, seniority),
            Bits.CountShared(a.Skills, b.Skills),
            a.SkillCount,
            Bits.CountShared(a.MentionedSkills, b.Skills),
            b.SkillCount,
            a.Hours is null || b.Hours is null ? null : Bits.CountShared(a.Hours, b.Hours),
            a.OffsetSlots is { } x && b.OffsetSlots is { } y ? Math.Abs(x - y) : null,
            DepartmentOf(a, b),
            seniority,
            language);
    }

    private PairExclusion Exclusion(int mentee, int mentor, LanguageFit language, SeniorityFit seniority)
    {
        var a = mentees[mentee].Participant;
        var b = mentors[mentor].Participant;
        if (string.Equals(a.UserObjectId, b.UserObjectId, StringComparison.Ordinal))
            return PairExclusion.SamePerson;
        if (!IsAvailable(a) || !IsAvailable(b))
            return PairExclusion.NotAvailable;
        if (Contains(previousMentors[mentee], mentor))
            return PairExclusion.EarlierPair;
        if (Contains(declinedMentors[mentee], mentor))
            return PairExclusion.Declined;
        if (language == LanguageFit.None)
            return PairExclusion.NoSharedLanguage;
        if (seniority == SeniorityFit.WrongWay)
            return reverse ? PairExclusion.MentorSenior : PairExclusion.MentorJunior;
        return remaining[mentor] <= 0 ? PairExclusion.MentorFull : PairExclusion.None;
    }

    // Paused people come back on their own date; a pause ending by the reference date does not keep them out.
    private bool IsAvailable(Participant p) =>
        p.Status == ParticipantStatus.Active || (p.Status == ParticipantStatus.Paused && p.PausedUntil is { } until && until <= referenceDate);

    private SeniorityFit SeniorityOf(Seniority? mentee, Seniority? mentor)
    {
        if (mentee is null || mentor is null)
            return SeniorityFit.Unknown;
        // Enum.CompareTo takes an object: compare the ranks as ints, or every pair of a round allocates a box.
        var order = Math.Sign((int)mentor.Value - (int)mentee.Value) * (reverse ? -1 : 1);
        return order > 0 ? SeniorityFit.RightWay : order == 0 ? SeniorityFit.Same : SeniorityFit.WrongWay;
    }

    private static DepartmentFit DepartmentOf(MatchProfile mentee, MatchProfile mentor)
    {
        var preference = mentee.Participant.DepartmentPreference;
        if (preference == DepartmentPreference.NoPreference)
            return DepartmentFit.NoPreference;
        if (mentee.Department < 0 || mentor.Department < 0)
            return DepartmentFit.Unknown;
        var same = mentee.Department == mentor.Department;
        return same == (preference == DepartmentPreference.Same) ? DepartmentFit.PreferenceMet : DepartmentFit.PreferenceUnmet;
    }

    private static bool Contains(int[] sorted, int mentor) => sorted.Length > 0 && Array.BinarySearch(sorted, mentor) >= 0;

    // Each mentee's mentors in these pairs, as sorted indexes (pairs naming someone not in the round are ignored).
    private int[][] MentorsPerMentee(IReadOnlyCollection<PairKey> pairs, Dictionary<string, int> mentorIndex)
    {
        var byMentee = pairs.ToLookup(p => p.MenteeId, p => p.MentorId, StringComparer.Ordinal);
        return [.. mentees.Select(m => byMentee[m.Participant.UserObjectId]
            .Select(id => mentorIndex.TryGetValue(id, out var j) ? j : -1).Where(j => j >= 0).Distinct().Order().ToArray())];
    }

    private static void Check(IReadOnlyList<Participant> people, Role role, string name)
    {
        if (people.Any(p => p.Role != role))
            throw new ArgumentException($"Every one of {name} must have the role {role}.", name);
        if (people.Select(p => p.UserObjectId).Distinct(StringComparer.Ordinal).Count() != people.Count)
            throw new ArgumentException($"{name} lists someone twice.", name);
    }

    private static Participant[] StableOrder(IReadOnlyList<Participant> people, int seed)
    {
        var ordered = people.OrderBy(p => p.UserObjectId, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(ordered);
        return ordered;
    }
}
