using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>Skills to develop (mentee) or to offer (mentor): the programme's catalogue plus free text.</summary>
public sealed class SkillsStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "skills";

    public string Name => StepName;

    public bool AcceptsText => true;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text)
    {
        var mentor = draft.Role == Role.Mentor;
        var chosen = draft.Skills.Where(s => draft.Catalogue.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        var other = draft.Skills.Except(chosen, StringComparer.OrdinalIgnoreCase).ToList();
        var body = new List<JsonNode>();
        if (draft.Catalogue.Count > 0)
            body.Add(CardInputs.Choices("skills", text["OnboardSkillsCatalogue"], draft.Catalogue.Select(s => (Markdown.Plain(s), s)), string.Join(',', chosen), multiSelect: true, expanded: true));
        body.Add(CardInputs.Text("otherSkills", text["OnboardSkillsOther"], string.Join(", ", other), maxLength: 400, placeholder: text["OnboardSkillsOtherPlaceholder"]));
        return FlowCards.Step(text, text[mentor ? "OnboardSkillsTitleMentor" : "OnboardSkillsTitleMentee"], body);
    }

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var fromCatalogue = input.IsCard ? input.List("skills") : [];
        // The card offered the entries cleaned (as the edge cleans what comes back): compare them so.
        if (fromCatalogue.Any(s => !draft.Catalogue.Select(Markdown.Plain).Contains(s, StringComparer.Ordinal)))
            return StepOutcome.Refused(new ValidationError("skills", "ErrorChoiceNotOffered"));
        var typed = (input.IsCard ? input.Field("otherSkills") : input.Text) ?? string.Empty;
        var skills = fromCatalogue
            .Concat(typed.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var outcome = StepOutcome.From(ParticipantRules.CheckSkills(skills));
        if (outcome.IsAccepted)
            draft.Skills = skills;
        return outcome;
    }
}
