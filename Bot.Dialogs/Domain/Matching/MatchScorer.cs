using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Scores every mentee of a round against every mentor. Hard rules exclude a pair outright: the same person, someone
/// not active, an earlier pairing, no language in common (when both have said which they speak: a mentoring
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
    private readonly bool reverse;
    private readonly MatchingWeights weights;
    private readonly DateOnly referenceDate;
    private readonly ProfileBuilder profiles;

    private MatchScorer(MatchingRound round)
    {
        Round = round;
        weights = round.Weights;
        reverse = round.Programme.Type == ProgrammeType.Reverse;
        referenceDate = round.ReferenceDate;
        Check(round.Mentees, Role.Mentee, nameof(round.Mentees));
        Check(round.Mentors, Role.Mentor, nameof(round.Mentors));
        profiles = new ProfileBuilder(round.Mentees.Concat(round.Mentors), new ReferenceWeek(round.ReferenceDate));
        mentees = [.. StableOrder(round.Mentees, round.Seed).Select(profiles.Build)];
        mentors = [.. StableOrder(round.Mentors, round.Seed + 1).Select(profiles.Build)];
        remaining = [.. mentors.Select(m => round.RemainingCapacityOf(m.Participant))];
        var mentorIndex = mentors.Select((m, j) => (m.Participant.UserObjectId, j)).ToDictionary(x => x.UserObjectId, x => x.j, StringComparer.Ordinal);
        var earlier = round.PreviousPairs.ToLookup(p => p.MenteeId, p => p.MentorId, StringComparer.Ordinal);
        previousMentors = [.. mentees.Select(m => earlier[m.Participant.UserObjectId]
            .Select(id => mentorIndex.TryGetValue(id, out var j) ? j : -1).Where(j => j >= 0).Distinct().Order().ToArray())];
        Mentees = [.. mentees.Select(m => m.Participant)];
        Mentors = [.. mentors.Select(m => m.Participant)];
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
    public int Score(int mentee, int mentor)
    {
        var facts = Facts(mentee, mentor, stopAtExclusion: true);
        if (facts.Exclusion != PairExclusion.None)
            return -1;
        var total = ComponentPoints.Total(facts, weights);
        return total >= weights.MinimumScore ? total : -1;
    }

    /// <summary>Whether the only thing keeping this pair apart is that the mentor is full: tells "no capacity" from "no fit".</summary>
    public bool IsCompatibleButForCapacity(int mentee, int mentor)
    {
        var facts = Facts(mentee, mentor, stopAtExclusion: false);
        return facts.Exclusion is PairExclusion.None or PairExclusion.MentorFull && ComponentPoints.Total(facts, weights) >= weights.MinimumScore;
    }

    internal bool IsMenteeAvailable(int mentee) => IsAvailable(mentees[mentee].Participant);

    public MatchScore Explain(int mentee, int mentor)
    {
        var facts = Facts(mentee, mentor, stopAtExclusion: false);
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

    internal PairFacts Facts(int mentee, int mentor, bool stopAtExclusion)
    {
        var a = mentees[mentee];
        var b = mentors[mentor];
        var language = a.LanguageCount == 0 || b.LanguageCount == 0 ? LanguageFit.Unknown
            : Bits.AnyShared(a.Languages, b.Languages) ? LanguageFit.Shared : LanguageFit.None;
        var seniority = SeniorityOf(a.Participant.Seniority, b.Participant.Seniority);
        var exclusion = Exclusion(mentee, mentor, language, seniority);
        if (stopAtExclusion && exclusion != PairExclusion.None)
            return new PairFacts { Exclusion = exclusion };
        return new PairFacts(
            exclusion,
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
        if (previousMentors[mentee].Length > 0 && Array.BinarySearch(previousMentors[mentee], mentor) >= 0)
            return PairExclusion.EarlierPair;
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
        var order = mentor.Value.CompareTo(mentee.Value) * (reverse ? -1 : 1);
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
