using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The mid or end feedback survey (journey 8): the three axes (and leadership confidence for mentors) worded and
/// scaled as the onboarding baseline, asked first for the baseline when the person joined without one; the
/// relationship (1–5); the recommendation (0–10); what helped and what to change (optional); what a mentor gained;
/// and, at the end, continue informally or close. Send is an Action.Execute: once answered the card is replaced in
/// place by the person's own change against their baseline ("Skills: 3 → 4").
/// </summary>
public static class SurveyCard
{
    public const string AnswerVerb = "surveyAnswer";
    public const string SurveyIdField = "surveyId";
    public const string BaselineFieldPrefix = "baseline";
    public const string SkillsField = "rateSkills";
    public const string OpportunitiesField = "rateOpportunities";
    public const string SatisfactionField = "rateSatisfaction";
    public const string LeadershipField = "rateLeadership";
    public const string RelationshipField = "relationship";
    public const string RecommendField = "recommend";
    public const string HelpedMostField = "helpedMost";
    public const string WouldChangeField = "wouldChange";
    public const string MentorGainedField = "mentorGained";
    public const string ChoiceField = "choice";

    public static JsonObject Build(SurveyView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        return view.Survey.IsAnswered ? Answered(view, text) : Questions(view, text);
    }

    /// <summary>What the Send button posts back: the programme, the pair and which survey ("mid", "end"); the person is whoever presses.</summary>
    public static JsonObject Data(Survey survey) => new()
    {
        [CardData.ProgrammeIdField] = survey.ProgrammeId,
        [CardData.PairIdField] = survey.PairId,
        [SurveyIdField] = survey.Period,
    };

    private static JsonObject Questions(SurveyView view, Localizer text)
    {
        var survey = view.Survey;
        var mentor = survey.Role == Role.Mentor;
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(survey.Kind == SurveyKind.End ? "SurveyEndTitle" : "SurveyMidTitle", Markdown.Literal(view.PartnerName))),
            AdaptiveCard.Text(text.Format("SurveyIntro", Markdown.Literal(view.ProgrammeName), Markdown.Literal(view.PartnerName)), subtle: true),
        };
        if (view.IsReminder)
            body.Add(AdaptiveCard.Text(text["SurveyReminder"], weight: "Bolder"));
        if (view.Notice is { } notice)
            body.Add(Attention(text.Format(notice.Key, notice.Arguments)));

        if (survey.Baseline is null)
        {
            body.Add(AdaptiveCard.Text(text["SurveyBaselineTitle"], weight: "Bolder"));
            body.Add(AdaptiveCard.Text(text["SurveyBaselineIntro"], subtle: true));
            body.AddRange(Axes(BaselineFieldPrefix, mentor, text));
        }

        body.Add(AdaptiveCard.Text(text["OnboardBaselineTitle"], weight: "Bolder"));
        body.Add(AdaptiveCard.Text(text["SurveyNowIntro"], subtle: true));
        body.AddRange(Axes(string.Empty, mentor, text));
        body.Add(Rating(RelationshipField, text[SurveyAnswering.RelationshipLabel], text));
        body.Add(CardInputs.Choices(RecommendField, text[SurveyAnswering.RecommendLabel], Recommend(text), required: true));
        body.Add(CardInputs.Text(HelpedMostField, text[SurveyAnswering.HelpedMostLabel], maxLength: Limits.SurveyTextMax, multiline: true));
        body.Add(CardInputs.Text(WouldChangeField, text[SurveyAnswering.WouldChangeLabel], maxLength: Limits.SurveyTextMax, multiline: true));
        if (mentor)
            body.Add(CardInputs.Text(MentorGainedField, text[SurveyAnswering.MentorGainedLabel], maxLength: Limits.SurveyTextMax, multiline: true));
        if (survey.Kind == SurveyKind.End)
        {
            var choices = Enum.GetValues<CycleChoice>().Select(c => (text.Of(c), c.ToString()));
            body.Add(CardInputs.Choices(ChoiceField, text[SurveyAnswering.ChoiceLabel], choices, expanded: true, required: true));
        }

        return AdaptiveCard.Create(body, [AdaptiveCard.Execute(text["SurveySend"], AnswerVerb, Data(survey))]);
    }

    // Only this person's survey is read: the change shown is theirs, against their own baseline.
    private static JsonObject Answered(SurveyView view, Localizer text)
    {
        var survey = view.Survey;
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text["SurveyThanksTitle"]),
            AdaptiveCard.Text(text.Format("SurveyRecordedFor", Markdown.Literal(view.ProgrammeName), Markdown.Literal(view.PartnerName)), subtle: true),
        };
        var changes = AxisChange.Of(survey);
        if (changes.Count > 0)
        {
            body.Add(AdaptiveCard.Text(text["SurveyChangeIntro"], weight: "Bolder"));
            foreach (var change in changes)
                body.Add(AdaptiveCard.Text(text.Format("SurveyChangeLine", text[change.NameKey], change.Before, change.After)));
        }

        if (survey.Answer?.Choice is { } choice)
            body.Add(AdaptiveCard.Text(text.Format(choice == CycleChoice.Close ? "SurveyChoseClose" : "SurveyChoseContinue", Markdown.Literal(view.PartnerName))));
        return AdaptiveCard.Create(body);
    }

    private static IEnumerable<JsonObject> Axes(string prefix, bool mentor, Localizer text)
    {
        yield return Rating(Field(prefix, SkillsField), text[SurveyAnswering.SkillsLabel], text);
        yield return Rating(Field(prefix, OpportunitiesField), text[SurveyAnswering.OpportunitiesLabel], text);
        yield return Rating(Field(prefix, SatisfactionField), text[SurveyAnswering.SatisfactionLabel], text);
        if (mentor)
            yield return Rating(Field(prefix, LeadershipField), text[SurveyAnswering.LeadershipLabel], text);
    }

    /// <summary>The input id of an axis: "rateSkills" for today, "baselineSkills" for the baseline asked first.</summary>
    public static string Field(string prefix, string field) => prefix.Length == 0 ? field : prefix + field["rate".Length..];

    // The same inputs as the onboarding baseline: a compact 1–5 list, each point with its words.
    private static JsonObject Rating(string id, string label, Localizer text) =>
        CardInputs.Choices(id, label,
            Enumerable.Range(Limits.RatingMin, Limits.RatingMax).Select(i => (text.Format(BaselineStep.RatingKeys[i - 1], i), i.ToString(CultureInfo.InvariantCulture))),
            required: true);

    private static IEnumerable<(string Title, string Value)> Recommend(Localizer text) =>
        Enumerable.Range(SurveyAnswer.RecommendMin, SurveyAnswer.RecommendMax - SurveyAnswer.RecommendMin + 1).Select(i =>
        {
            var value = i.ToString(CultureInfo.InvariantCulture);
            var title = i switch
            {
                SurveyAnswer.RecommendMin => text.Format("SurveyRecommendLowest", i),
                SurveyAnswer.RecommendMax => text.Format("SurveyRecommendHighest", i),
                _ => value,
            };
            return (title, value);
        });

    private static JsonObject Attention(string message)
    {
        var block = AdaptiveCard.Text(message, weight: "Bolder");
        block["color"] = "Attention";
        return block;
    }
}
