using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// One person's answer to a feedback survey: the three axes (and, for mentors, leadership confidence) worded and
/// scaled as the onboarding baseline, so they compare with it; the relationship's quality (1–5); how likely they are
/// to recommend the programme (0–10); what helped most and what they would change; what a mentor gained; and, at the
/// end, whether to continue informally or close.
/// </summary>
public sealed record SurveyAnswer(SelfAssessment Now, int RelationshipQuality, int Recommend)
{
    public const int RecommendMin = 0;
    public const int RecommendMax = 10;

    public string? HelpedMost { get; init; }

    public string? WouldChange { get; init; }

    /// <summary>Mentors only: what they gained from mentoring.</summary>
    public string? MentorGained { get; init; }

    /// <summary>End survey only.</summary>
    public CycleChoice? Choice { get; init; }
}
