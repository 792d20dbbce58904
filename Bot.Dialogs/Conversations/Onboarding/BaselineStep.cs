using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>
/// The baseline self-assessment on the three axes (and leadership confidence for mentors): what feedback
/// surveys compare against to show the programme's impact.
/// </summary>
public sealed class BaselineStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "baseline";

    /// <summary>The words for each point of the 1–5 scale.</summary>
    public static IReadOnlyList<string> RatingKeys { get; } = ["Rating1", "Rating2", "Rating3", "Rating4", "Rating5"];

    public string Name => StepName;

    public bool AcceptsText => false;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text)
    {
        var b = draft.Baseline;
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(text["OnboardBaselineIntro"]),
            Rating("rateSkills", text["AxisSkills"], b?.Skills, text),
            Rating("rateOpportunities", text["AxisOpportunities"], b?.Opportunities, text),
            Rating("rateSatisfaction", text["AxisSatisfaction"], b?.Satisfaction, text),
        };
        if (draft.Role == Role.Mentor)
            body.Add(Rating("rateLeadership", text["AxisLeadership"], b?.LeadershipConfidence, text));
        return FlowCards.Step(text, text["OnboardBaselineTitle"], body);
    }

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var assessment = new SelfAssessment(
            Read(input, "rateSkills"),
            Read(input, "rateOpportunities"),
            Read(input, "rateSatisfaction"),
            draft.Role == Role.Mentor ? Read(input, "rateLeadership") : null);
        var outcome = StepOutcome.From(assessment.Check(draft.Role));
        if (outcome.IsAccepted)
            draft.Baseline = assessment;
        return outcome;
    }

    private static int Read(FlowInput input, string field) =>
        int.TryParse(input.Field(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static JsonObject Rating(string id, string label, int? value, Localizer text) =>
        CardInputs.Choices(id, label,
            Enumerable.Range(Limits.RatingMin, Limits.RatingMax).Select(i => (text.Format(RatingKeys[i - 1], i), i.ToString(CultureInfo.InvariantCulture))),
            value?.ToString(CultureInfo.InvariantCulture),
            required: true);
}
