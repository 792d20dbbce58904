namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>Turns the facts of one pair into components with reasons: only for pairs someone will read about, so it may allocate.</summary>
internal sealed class MatchExplanation(MatchProfile mentee, MatchProfile mentor, PairFacts facts, MatchingWeights weights, bool reverse, ProfileBuilder profiles)
{
    private const string ListSeparator = ", ";

    public IReadOnlyList<ComponentScore> Components() =>
    [
        new(MatchComponent.Skills, ComponentPoints.Skills(facts, weights), weights.Skills, SkillsReason()),
        new(MatchComponent.Goals, ComponentPoints.Goals(facts, weights), weights.Goals, GoalsReason()),
        new(MatchComponent.SharedHours, ComponentPoints.SharedHours(facts, weights), weights.SharedHours, HoursReason()),
        new(MatchComponent.TimeZone, ComponentPoints.TimeZone(facts, weights), weights.TimeZone, TimeZoneReason()),
        new(MatchComponent.Department, ComponentPoints.Department(facts, weights), weights.Department, DepartmentReason()),
        new(MatchComponent.Seniority, ComponentPoints.Seniority(facts, weights), weights.Seniority, SeniorityReason()),
        new(MatchComponent.Language, ComponentPoints.Language(facts, weights), weights.Language, LanguageReason()),
    ];

    public MatchReason? Exclusion() => facts.Exclusion switch
    {
        PairExclusion.None => null,
        PairExclusion.SamePerson => new(MatchReasonKeys.ExcludedSamePerson),
        PairExclusion.NotAvailable => new(MatchReasonKeys.ExcludedNotAvailable),
        PairExclusion.EarlierPair => new(MatchReasonKeys.ExcludedEarlierPair),
        PairExclusion.Declined => new(MatchReasonKeys.ExcludedDeclined),
        PairExclusion.NoSharedLanguage => new(MatchReasonKeys.ExcludedNoSharedLanguage),
        PairExclusion.MentorJunior => new(MatchReasonKeys.ExcludedMentorJunior),
        PairExclusion.MentorSenior => new(MatchReasonKeys.ExcludedMentorSenior),
        _ => new(MatchReasonKeys.ExcludedMentorFull),
    };

    private MatchReason SkillsReason()
    {
        var offered = mentor.Participant.Skills.Select(MatchText.Phrase).ToHashSet(StringComparer.Ordinal);
        var shared = mentee.Participant.Skills
            .Where(s => offered.Contains(MatchText.Phrase(s)))
            .DistinctBy(MatchText.Phrase, StringComparer.Ordinal)
            .Select(s => s.Trim())
            .ToList();
        return shared.Count == 0 ? new(MatchReasonKeys.NoSharedSkills) : new(MatchReasonKeys.SharedSkills, string.Join(ListSeparator, shared));
    }

    private MatchReason GoalsReason()
    {
        var names = profiles.SkillNames;
        var mentioned = Enumerable.Range(0, names.Count).Where(i => Bits.IsSet(mentee.MentionedSkills, i)).Select(i => names[i]).ToHashSet(StringComparer.Ordinal);
        var skills = mentor.Participant.Skills
            .Where(s => mentioned.Contains(MatchText.Phrase(s)))
            .DistinctBy(MatchText.Phrase, StringComparer.Ordinal)
            .Select(s => s.Trim())
            .ToList();
        return skills.Count == 0 ? new(MatchReasonKeys.GoalsMentionNone) : new(MatchReasonKeys.GoalsMentionSkills, string.Join(ListSeparator, skills));
    }

    private MatchReason HoursReason() => facts.SharedSlots switch
    {
        null => new(MatchReasonKeys.HoursUnknown),
        0 => new(MatchReasonKeys.NoSharedHours),
        var slots => new(MatchReasonKeys.SharedHours, Hours(slots.Value)),
    };

    private MatchReason TimeZoneReason() => facts.OffsetDistanceSlots switch
    {
        null => new(MatchReasonKeys.TimeZoneUnknown),
        0 => new(MatchReasonKeys.SameTimeZone),
        var slots => new(MatchReasonKeys.TimeZoneApart, Hours(slots.Value)),
    };

    private MatchReason DepartmentReason() => facts.Department switch
    {
        DepartmentFit.NoPreference => new(MatchReasonKeys.DepartmentNoPreference),
        DepartmentFit.Unknown => new(MatchReasonKeys.DepartmentUnknown),
        DepartmentFit.PreferenceUnmet => new(MatchReasonKeys.DepartmentPreferenceUnmet, MentorDepartment),
        _ when mentee.Department == mentor.Department => new(MatchReasonKeys.SameDepartmentWanted, MentorDepartment),
        _ => new(MatchReasonKeys.OtherDepartmentWanted, MentorDepartment),
    };

    private MatchReason SeniorityReason() => facts.Seniority switch
    {
        SeniorityFit.RightWay => new(reverse ? MatchReasonKeys.MentorMoreJunior : MatchReasonKeys.MentorMoreSenior),
        SeniorityFit.Same => new(MatchReasonKeys.SameSeniority),
        SeniorityFit.WrongWay => new(reverse ? MatchReasonKeys.ExcludedMentorSenior : MatchReasonKeys.ExcludedMentorJunior),
        _ => new(MatchReasonKeys.SeniorityUnknown),
    };

    private MatchReason LanguageReason()
    {
        if (facts.Language == LanguageFit.Unknown)
            return new(MatchReasonKeys.LanguageUnknown);
        if (facts.Language == LanguageFit.None)
            return new(MatchReasonKeys.ExcludedNoSharedLanguage);
        var theirs = mentor.Participant.Languages.Select(MatchText.Language).ToHashSet(StringComparer.Ordinal);
        var shared = mentee.Participant.Languages.Select(MatchText.Language).Where(theirs.Contains).Distinct(StringComparer.Ordinal);
        return new(MatchReasonKeys.SharedLanguage, string.Join(ListSeparator, shared));
    }

    private string MentorDepartment => mentor.Participant.Department?.Trim() ?? string.Empty;

    // Quarter hours to hours for people to read: 38 quarters are 9.5 hours.
    private static double Hours(int slots) => slots / (double)ReferenceWeek.SlotsPerHour;
}
