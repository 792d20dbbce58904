using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// What an answer to a survey must hold, and recording it. The axes (and, for mentors, leadership confidence) and the
/// relationship are rated 1–5, the recommendation 0–10; the texts are optional and bounded; the end survey needs a
/// choice. A person who joined without a baseline gives it with the answer, and it is kept on the survey so the
/// change can be shown. Each error names its question by the resource key of its label (its <c>Field</c>), so the
/// message can say which one is wrong.
/// </summary>
public static class SurveyAnswering
{
    public const string SkillsLabel = "AxisSkills";
    public const string OpportunitiesLabel = "AxisOpportunities";
    public const string SatisfactionLabel = "AxisSatisfaction";
    public const string LeadershipLabel = "AxisLeadership";
    public const string RelationshipLabel = "SurveyRelationshipLabel";
    public const string RecommendLabel = "SurveyRecommendLabel";
    public const string HelpedMostLabel = "SurveyHelpedMostLabel";
    public const string WouldChangeLabel = "SurveyWouldChangeLabel";
    public const string MentorGainedLabel = "SurveyMentorGainedLabel";
    public const string ChoiceLabel = "SurveyChoiceLabel";
    public const string BaselinePrefix = "SurveyBaseline";

    /// <summary>What is wrong with <paramref name="answer"/> (and the <paramref name="baseline"/> it brings) for <paramref name="survey"/>; nothing means it can be recorded.</summary>
    public static IEnumerable<ValidationError> Check(Survey survey, SurveyAnswer answer, SelfAssessment? baseline)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answer);
        if (survey.Baseline is null)
        {
            if (baseline is null)
                yield return Rating(BaselinePrefix + SkillsLabel);
            else
            {
                foreach (var error in Axes(baseline, survey.Role, BaselinePrefix))
                    yield return error;
            }
        }

        foreach (var error in Axes(answer.Now, survey.Role, string.Empty))
            yield return error;
        if (answer.RelationshipQuality is < Limits.RatingMin or > Limits.RatingMax)
            yield return Rating(RelationshipLabel);
        if (answer.Recommend is < SurveyAnswer.RecommendMin or > SurveyAnswer.RecommendMax)
            yield return new ValidationError(RecommendLabel, "ErrorSurveyRating", SurveyAnswer.RecommendMin, SurveyAnswer.RecommendMax);
        foreach (var (label, value) in new[] { (HelpedMostLabel, answer.HelpedMost), (WouldChangeLabel, answer.WouldChange), (MentorGainedLabel, answer.MentorGained) })
        {
            if (value is { } text && text.Trim().Length > Limits.SurveyTextMax)
                yield return new ValidationError(label, "ErrorSurveyTextTooLong", text.Trim().Length, Limits.SurveyTextMax);
        }

        if (survey.Kind == SurveyKind.End && answer.Choice is not { } choice)
            yield return new ValidationError(ChoiceLabel, "ErrorSurveyChoice");
        else if (answer.Choice is { } given && !Enum.IsDefined(given))
            yield return new ValidationError(ChoiceLabel, "ErrorSurveyChoice");
    }

    /// <summary>
    /// The survey with the answer recorded (texts trimmed, empty ones dropped, what its role or kind does not ask
    /// removed) and the baseline it brought; refused when an answer is recorded already (the first one stands).
    /// </summary>
    public static Transition<Survey> Record(Survey survey, SurveyAnswer answer, SelfAssessment? baseline, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answer);
        var mentor = survey.Role == Role.Mentor;
        var normalised = answer with
        {
            Now = mentor ? answer.Now : answer.Now with { LeadershipConfidence = null },
            HelpedMost = Clean(answer.HelpedMost),
            WouldChange = Clean(answer.WouldChange),
            MentorGained = mentor ? Clean(answer.MentorGained) : null,
            Choice = survey.Kind == SurveyKind.End ? answer.Choice : null,
        };
        var withBaseline = survey.Baseline is null && baseline is not null && !survey.IsAnswered
            ? survey with { Baseline = mentor ? baseline : baseline with { LeadershipConfidence = null } }
            : survey;
        return withBaseline.Answered(normalised, at);
    }

    private static IEnumerable<ValidationError> Axes(SelfAssessment rated, Role role, string prefix)
    {
        foreach (var (label, value) in new[] { (SkillsLabel, rated.Skills), (OpportunitiesLabel, rated.Opportunities), (SatisfactionLabel, rated.Satisfaction) })
        {
            if (value is < Limits.RatingMin or > Limits.RatingMax)
                yield return Rating(prefix + label);
        }

        if (role == Role.Mentor && rated.LeadershipConfidence is not (>= Limits.RatingMin and <= Limits.RatingMax))
            yield return Rating(prefix + LeadershipLabel);
    }

    private static ValidationError Rating(string label) => new(label, "ErrorSurveyRating", Limits.RatingMin, Limits.RatingMax);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
