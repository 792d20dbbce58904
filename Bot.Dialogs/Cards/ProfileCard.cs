using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>A user's profile in one programme, with a button to edit each part.</summary>
public static class ProfileCard
{
    public const string EditVerb = "edit";
    public const string ProgrammeField = "programme";
    public const string PartField = "part";

    /// <summary>The parts of a profile that can be edited, as the onboarding step that asks each.</summary>
    public static IReadOnlyList<string> EditableParts(Role role) => role == Role.Mentor
        ? [AboutYouStep.StepName, GoalsStep.StepName, SkillsStep.StepName, PreferencesStep.StepName, WorkingHoursStep.StepName, CapacityStep.StepName, BaselineStep.StepName]
        : [AboutYouStep.StepName, GoalsStep.StepName, SkillsStep.StepName, PreferencesStep.StepName, WorkingHoursStep.StepName, BaselineStep.StepName];

    /// <summary>The button title of each editable part.</summary>
    public static string EditKey(string part) => part switch
    {
        AboutYouStep.StepName => "EditAboutYou",
        GoalsStep.StepName => "EditGoals",
        SkillsStep.StepName => "EditSkills",
        PreferencesStep.StepName => "EditPreferences",
        WorkingHoursStep.StepName => "EditWorkingHours",
        CapacityStep.StepName => "EditCapacity",
        BaselineStep.StepName => "EditBaseline",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not an editable part of a profile."),
    };

    public static JsonObject Build(Participant participant, string programmeName, Localizer text)
    {
        var draft = OnboardingDraft.From(participant, new ProgrammeOption(participant.ProgrammeId, programmeName, []));
        var status = participant.Status switch
        {
            ParticipantStatus.Paused when participant.PausedUntil is { } until => text.Format("StatusPausedUntil", until.ToString("D", text.Culture)),
            ParticipantStatus.Paused => text["StatusPaused"],
            ParticipantStatus.Left => text["StatusLeft"],
            _ => text["StatusActive"],
        };
        return AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(text.Format("ProfileTitle", Markdown.Literal(programmeName))),
                AdaptiveCard.Text(status, subtle: true),
                ProfileFacts.Build(draft, text),
            ],
            EditableParts(participant.Role).Select(part => (JsonNode)AdaptiveCard.Submit(
                text[EditKey(part)], EditVerb, new JsonObject { [ProgrammeField] = participant.ProgrammeId, [PartField] = part })));
    }
}
