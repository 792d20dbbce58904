using System.Globalization;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// What a survey card posts: which survey (programme, pair, "mid" or "end"; the person is whoever presses) and the
/// card's inputs, which Teams sends as text. <see cref="ToAnswer"/> reads them strictly: a number that is not one, or
/// a choice that is not one of ours, is refused rather than guessed.
/// </summary>
public sealed record SurveyPress(string ProgrammeId, string PairId, string SurveyId)
{
    public string? BaselineSkills { get; init; }

    public string? BaselineOpportunities { get; init; }

    public string? BaselineSatisfaction { get; init; }

    public string? BaselineLeadership { get; init; }

    public string? RateSkills { get; init; }

    public string? RateOpportunities { get; init; }

    public string? RateSatisfaction { get; init; }

    public string? RateLeadership { get; init; }

    public string? Relationship { get; init; }

    public string? Recommend { get; init; }

    public string? HelpedMost { get; init; }

    public string? WouldChange { get; init; }

    public string? MentorGained { get; init; }

    public string? Choice { get; init; }

    /// <summary>Which survey the card is about; null when the id names none.</summary>
    public SurveyKind? Kind => Enum.GetValues<SurveyKind>().Where(k => Survey.PeriodOf(k) == SurveyId).Select(k => (SurveyKind?)k).FirstOrDefault();

    /// <summary>
    /// The answer and baseline the inputs give, or the first thing wrong with them for <paramref name="survey"/>.
    /// A missing or unreadable rating reads as 0 (or -1 for the 0–10 scale), which the rules then refuse by name.
    /// </summary>
    public (SurveyAnswer? Answer, SelfAssessment? Baseline, ValidationError? Error) ToAnswer(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (!TryChoice(Choice, out var choice))
            return (null, null, new ValidationError(SurveyAnswering.ChoiceLabel, "ErrorSurveyChoice"));
        var mentor = survey.Role == Role.Mentor;
        var now = new SelfAssessment(Number(RateSkills), Number(RateOpportunities), Number(RateSatisfaction), mentor ? Number(RateLeadership) : null);
        var baseline = survey.Baseline is null && AnyGiven(BaselineSkills, BaselineOpportunities, BaselineSatisfaction, BaselineLeadership)
            ? new SelfAssessment(Number(BaselineSkills), Number(BaselineOpportunities), Number(BaselineSatisfaction), mentor ? Number(BaselineLeadership) : null)
            : null;
        var answer = new SurveyAnswer(now, Number(Relationship), Number(Recommend, missing: -1))
        {
            HelpedMost = HelpedMost,
            WouldChange = WouldChange,
            MentorGained = MentorGained,
            Choice = choice,
        };
        var error = SurveyAnswering.Check(survey, answer, baseline).FirstOrDefault();
        return error is null ? (answer, baseline, null) : (null, null, error);
    }

    private static bool AnyGiven(params string?[] values) => values.Any(v => !string.IsNullOrWhiteSpace(v));

    private static int Number(string? value, int missing = 0) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : missing;

    // Empty is "not chosen"; anything else must name one of the choices exactly (a number or a forged name is not one).
    private static bool TryChoice(string? value, out CycleChoice? choice)
    {
        choice = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (!Enum.GetNames<CycleChoice>().Contains(value, StringComparer.Ordinal))
            return false;
        choice = Enum.Parse<CycleChoice>(value);
        return true;
    }
}
