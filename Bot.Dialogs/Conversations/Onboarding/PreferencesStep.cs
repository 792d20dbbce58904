using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>Department preference, languages and how often to meet: inputs to matching and scheduling.</summary>
public sealed class PreferencesStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "preferences";

    /// <summary>Languages people may say they speak; ISO 639-1 codes, named in the user's language on the card.</summary>
    public static IReadOnlyList<string> LanguageCodes { get; } = ["en", "fr", "de", "es", "it", "nl", "pt", "ar", "hi", "zh", "ja"];

    public string Name => StepName;

    public bool AcceptsText => false;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardPreferencesTitle"],
        [
            CardInputs.Choices("departmentPreference", text[draft.Role == Role.Mentor ? "OnboardDepartmentLabelMentor" : "OnboardDepartmentLabelMentee"],
                Enum.GetValues<DepartmentPreference>().Select(d => (text.Of(d), d.ToString())), draft.DepartmentPreference.ToString()),
            CardInputs.Choices("languages", text["OnboardLanguagesLabel"],
                LanguageCodes.Select(c => (Localizer.LanguageName(c, text.Culture), c)), string.Join(',', draft.Languages.Count > 0 ? draft.Languages : [text.Language]), multiSelect: true),
            CardInputs.Choices("cadence", text["OnboardCadenceLabel"],
                Enum.GetValues<Cadence>().Select(c => (text.Of(c), c.ToString())), draft.Cadence.ToString()),
        ]);

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var errors = new List<ValidationError>();
        if (!EnumField.TryParse<DepartmentPreference>(input.Field("departmentPreference"), out var department))
            errors.Add(new ValidationError("departmentPreference", "ErrorChoiceNotOffered"));
        var languages = input.List("languages").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (languages.Count == 0 || languages.Any(l => !LanguageCodes.Contains(l)))
            errors.Add(new ValidationError("languages", "ErrorLanguages"));
        else if (languages.Count > Limits.LanguagesMax)
            errors.Add(new ValidationError("languages", "ErrorTooMany", Limits.LanguagesMax));
        if (!EnumField.TryParse<Cadence>(input.Field("cadence"), out var cadence))
            errors.Add(new ValidationError("cadence", "ErrorChoiceNotOffered"));
        if (errors.Count > 0)
            return new StepOutcome(errors);

        draft.DepartmentPreference = department;
        draft.Languages = languages;
        draft.Cadence = cadence;
        return StepOutcome.Accepted;
    }
}
