using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// One axis of a person's own change against their baseline ("Skills: 3 → 4"), named by the resource key of its short
/// name. Built only from one survey (its baseline and its answer), so it can never show anyone else's.
/// </summary>
public sealed record AxisChange(string NameKey, int Before, int After)
{
    /// <summary>The change on each axis the survey asked, in the baseline's order; none before it is answered.</summary>
    public static IReadOnlyList<AxisChange> Of(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (survey.Baseline is not { } before || survey.Answer?.Now is not { } after)
            return [];
        var changes = new List<AxisChange>
        {
            new("SurveyAxisSkills", before.Skills, after.Skills),
            new("SurveyAxisOpportunities", before.Opportunities, after.Opportunities),
            new("SurveyAxisSatisfaction", before.Satisfaction, after.Satisfaction),
        };
        if (survey.Role == Role.Mentor && before.LeadershipConfidence is { } was && after.LeadershipConfidence is { } now)
            changes.Add(new("SurveyAxisLeadership", was, now));
        return changes;
    }
}
