namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// What is true of one mentee and one mentor, before weighting: counts and outcomes. The fast score and the explained
/// score are both computed from this, by the same arithmetic, so they cannot disagree.
/// </summary>
internal readonly record struct PairFacts(
    PairExclusion Exclusion,
    int SharedSkills,
    int WantedSkills,
    int MentionedSkills,
    int OfferedSkills,
    int? SharedSlots,
    int? OffsetDistanceSlots,
    DepartmentFit Department,
    SeniorityFit Seniority,
    LanguageFit Language);

/// <summary>The hard rules, in the order they are reported; a full mentor comes last so "only full" can be told apart.</summary>
internal enum PairExclusion
{
    None,
    SamePerson,
    NotAvailable,
    EarlierPair,
    Declined,
    NoSharedLanguage,
    MentorJunior,
    MentorSenior,
    MentorFull,
}

internal enum DepartmentFit
{
    NoPreference,
    PreferenceMet,
    PreferenceUnmet,
    Unknown,
}

internal enum SeniorityFit
{
    RightWay,
    Same,
    WrongWay,
    Unknown,
}

internal enum LanguageFit
{
    Shared,
    None,
    Unknown,
}
