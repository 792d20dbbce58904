using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>One to three goals, tracked at every check-in: the cure for vague expectations.</summary>
public sealed class GoalsStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "goals";

    public string Name => StepName;

    public bool AcceptsText => true;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardGoalsTitle"],
        [
            AdaptiveCard.Text(text[draft.Role == Role.Mentor ? "OnboardGoalsIntroMentor" : "OnboardGoalsIntroMentee"]),
            .. Enumerable.Range(1, Limits.GoalsMax).Select(i =>
                (JsonNode)CardInputs.Text($"goal{i}", text.Format("OnboardGoalLabel", i), draft.Goals.ElementAtOrDefault(i - 1), Limits.GoalMax, required: i == 1)),
            AdaptiveCard.Text(text["OnboardGoalsTypeHint"], subtle: true),
        ]);

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var goals = input.IsCard
            ? Enumerable.Range(1, Limits.GoalsMax).Select(i => input.Field($"goal{i}")).OfType<string>().ToList()
            : (input.Text ?? string.Empty).Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var outcome = StepOutcome.From(ParticipantRules.CheckGoals(goals));
        if (outcome.IsAccepted)
            draft.Goals = goals;
        return outcome;
    }
}
