using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>Which programme to join; asked only when more than one is open to the user.</summary>
public sealed class ProgrammeStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "programme";
    private const string Field = "programme";

    public string Name => StepName;

    public bool AcceptsText => true;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardProgrammeTitle"],
        [
            CardInputs.Choices(Field, text["OnboardProgrammeLabel"], draft.ProgrammeOptions.Select(o => (Markdown.Plain(o.Name), o.Id)), draft.ProgrammeId ?? draft.ProgrammeOptions.FirstOrDefault()?.Id, expanded: true),
        ]);

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        // Typed answers may be the programme's name or its position in the list.
        var answer = input.IsCard ? input.Field(Field) : input.Text?.Trim();
        var option = draft.ProgrammeOptions.FirstOrDefault(o => o.Id == answer)
            ?? draft.ProgrammeOptions.FirstOrDefault(o => string.Equals(o.Name, answer, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(answer, out var n) && n >= 1 && n <= draft.ProgrammeOptions.Count ? draft.ProgrammeOptions[n - 1] : null);
        if (option is null)
            return StepOutcome.Refused(new ValidationError(Field, "ErrorChooseProgramme"));
        draft.ProgrammeId = option.Id;
        return StepOutcome.Accepted;
    }
}
