namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Every resource key matching can return. They live in Strings.resx and Strings.fr.resx; a test checks each one is
/// in both, because the conversation code that shows them only ever sees them as data.
/// </summary>
public static class MatchReasonKeys
{
    // Components. {0} is a list of skills, a number of hours, a department or a list of language codes.
    public const string SharedSkills = "MatchReasonSharedSkills";
    public const string NoSharedSkills = "MatchReasonNoSharedSkills";
    public const string GoalsMentionSkills = "MatchReasonGoalsMentionSkills";
    public const string GoalsMentionNone = "MatchReasonGoalsMentionNone";
    public const string SharedHours = "MatchReasonSharedHours";
    public const string NoSharedHours = "MatchReasonNoSharedHours";
    public const string HoursUnknown = "MatchReasonHoursUnknown";
    public const string SameTimeZone = "MatchReasonSameTimeZone";
    public const string TimeZoneApart = "MatchReasonTimeZoneApart";
    public const string TimeZoneUnknown = "MatchReasonTimeZoneUnknown";
    public const string SameDepartmentWanted = "MatchReasonSameDepartmentWanted";
    public const string OtherDepartmentWanted = "MatchReasonOtherDepartmentWanted";
    public const string DepartmentPreferenceUnmet = "MatchReasonDepartmentPreferenceUnmet";
    public const string DepartmentNoPreference = "MatchReasonDepartmentNoPreference";
    public const string DepartmentUnknown = "MatchReasonDepartmentUnknown";
    public const string MentorMoreSenior = "MatchReasonMentorMoreSenior";
    public const string MentorMoreJunior = "MatchReasonMentorMoreJunior";
    public const string SameSeniority = "MatchReasonSameSeniority";
    public const string SeniorityUnknown = "MatchReasonSeniorityUnknown";
    public const string SharedLanguage = "MatchReasonSharedLanguage";
    public const string LanguageUnknown = "MatchReasonLanguageUnknown";

    // Exclusions: the pair is never proposed.
    public const string ExcludedSamePerson = "MatchExcludedSamePerson";
    public const string ExcludedNotAvailable = "MatchExcludedNotAvailable";
    public const string ExcludedEarlierPair = "MatchExcludedEarlierPair";
    public const string ExcludedDeclined = "MatchExcludedDeclined";
    public const string ExcludedNoSharedLanguage = "MatchExcludedNoSharedLanguage";
    public const string ExcludedMentorJunior = "MatchExcludedMentorJunior";
    public const string ExcludedMentorSenior = "MatchExcludedMentorSenior";
    public const string ExcludedMentorFull = "MatchExcludedMentorFull";

    // Why a mentee is left without a mentor in a round.
    public const string UnmatchedNoCapacityLeft = "MatchUnmatchedNoCapacityLeft";
    public const string UnmatchedNoCompatibleMentor = "MatchUnmatchedNoCompatibleMentor";
    public const string UnmatchedNotActive = "MatchUnmatchedNotActive";

    // Circles.
    public const string FacilitatorVolunteer = "CircleFacilitatorVolunteer";
    public const string FacilitatorMostSenior = "CircleFacilitatorMostSenior";

    public static IReadOnlyList<string> All { get; } =
    [
        SharedSkills, NoSharedSkills, GoalsMentionSkills, GoalsMentionNone, SharedHours, NoSharedHours, HoursUnknown,
        SameTimeZone, TimeZoneApart, TimeZoneUnknown, SameDepartmentWanted, OtherDepartmentWanted, DepartmentPreferenceUnmet,
        DepartmentNoPreference, DepartmentUnknown, MentorMoreSenior, MentorMoreJunior, SameSeniority, SeniorityUnknown,
        SharedLanguage, LanguageUnknown,
        ExcludedSamePerson, ExcludedNotAvailable, ExcludedEarlierPair, ExcludedDeclined, ExcludedNoSharedLanguage, ExcludedMentorJunior,
        ExcludedMentorSenior, ExcludedMentorFull,
        UnmatchedNoCapacityLeft, UnmatchedNoCompatibleMentor, UnmatchedNotActive,
        FacilitatorVolunteer, FacilitatorMostSenior,
    ];
}
