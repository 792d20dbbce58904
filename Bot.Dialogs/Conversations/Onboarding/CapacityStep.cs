using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>How many mentees a mentor takes on: matching never exceeds it. Mentors only.</summary>
public sealed class CapacityStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "capacity";

    public string Name => StepName;

    public bool AcceptsText => true;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardCapacityTitle"],
        [
            CardInputs.Number("capacity", text.Format("OnboardCapacityLabel", Limits.CapacityMin, Limits.CapacityMax), Limits.CapacityMin, Limits.CapacityMax, draft.Capacity ?? 2),
        ]);

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var raw = input.IsCard ? input.Field("capacity") : input.Text?.Trim();
        int? capacity = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        var outcome = StepOutcome.From(ParticipantRules.CheckCapacity(capacity));
        if (outcome.IsAccepted)
            draft.Capacity = capacity;
        return outcome;
    }
}
