using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>
/// Department, job title and career stage: what matching's department and seniority rules need. Pre-filled
/// from the directory where it answers; the user confirms or corrects.
/// </summary>
public sealed class AboutYouStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "aboutYou";

    public string Name => StepName;

    public bool AcceptsText => false;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardAboutTitle"],
        [
            CardInputs.Text("department", text["OnboardDepartmentLabel"], draft.Department, Limits.DepartmentMax, required: true),
            CardInputs.Text("jobTitle", text["OnboardJobTitleLabel"], draft.JobTitle, Limits.JobTitleMax),
            CardInputs.Choices("seniority", text["OnboardSeniorityLabel"], Enum.GetValues<Seniority>().Select(s => (text.Of(s), s.ToString())), draft.Seniority?.ToString(), expanded: true, required: true),
        ]);

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var department = input.Field("department");
        var jobTitle = input.Field("jobTitle");
        Seniority? seniority = EnumField.TryParse<Seniority>(input.Field("seniority"), out var s) ? s : null;
        var outcome = StepOutcome.From(ParticipantRules.CheckAboutYou(department, jobTitle, seniority));
        if (outcome.IsAccepted)
            (draft.Department, draft.JobTitle, draft.Seniority) = (department, jobTitle, seniority);
        return outcome;
    }
}
