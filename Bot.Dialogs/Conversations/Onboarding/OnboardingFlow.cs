using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using Microsoft.Bot.Builder;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>
/// Joining a programme as a mentee or a mentor: programme (when several are open), goals, skills,
/// preferences and cadence, working hours and time zone, capacity (mentors), baseline, confirmation.
/// </summary>
public sealed class OnboardingFlow(ParticipantStore participants, ProgrammeStore programmes, TimeProvider time) : Flow<OnboardingDraft>
{
    public const string FlowName = "onboarding";

    public override string Name => FlowName;

    public override IReadOnlyList<IFlowStep<OnboardingDraft>> Steps { get; } =
    [
        new ProgrammeStep(),
        new AboutYouStep(),
        new GoalsStep(),
        new SkillsStep(),
        new PreferencesStep(),
        new WorkingHoursStep(),
        new CapacityStep(),
        new BaselineStep(),
        new ConfirmStep(),
    ];

    protected override bool Applies(IFlowStep<OnboardingDraft> step, OnboardingDraft draft)
    {
        // Editing one part of a profile asks that step alone, then saves.
        if (draft.EditOnly is not null)
            return step.Name == draft.EditOnly;
        return step.Name switch
        {
            ProgrammeStep.StepName => draft.ProgrammeOptions.Count > 1,
            CapacityStep.StepName => draft.Role == Role.Mentor,
            _ => true,
        };
    }

    // The programme stays chosen: with one programme open the programme step is never asked, so a restart that
    // dropped it left a draft that could not be saved (and no skills catalogue to choose from).
    protected override OnboardingDraft Reset(OnboardingDraft draft) => draft.JoinedAt is not null
        ? draft
        : new OnboardingDraft { Role = draft.Role, ProgrammeOptions = draft.ProgrammeOptions, ProgrammeId = draft.ProgrammeId, TimeZone = draft.TimeZone, DisplayName = draft.DisplayName };

    protected override async Task<bool> CompleteAsync(FlowTurn turn, OnboardingDraft draft, CancellationToken cancellationToken)
    {
        var participant = draft.ToParticipant(turn.TenantId, turn.UserObjectId, time.GetUtcNow());

        // Each step validated its part; this re-checks the whole so a profile is never stored half-valid.
        var errors = ParticipantRules.Check(participant);
        if (errors.Count > 0)
        {
            await turn.Context.SendActivityAsync(Describe(turn, errors), cancellationToken: cancellationToken);
            return false;
        }

        if (draft.EditOnly is not null)
            return await SaveEditAsync(turn, draft, cancellationToken);

        // A programme closed while someone was answering takes no new members; nothing is saved.
        var programme = await programmes.GetAsync(participant.ProgrammeId, cancellationToken);
        if (programme is not { IsOpen: true })
        {
            await turn.Context.SendActivityAsync(turn.Text.Format("OnboardProgrammeClosed", Markdown.Literal(programme?.Name ?? participant.ProgrammeId)), cancellationToken: cancellationToken);
            return true;
        }

        await participants.SaveAsync(participant, cancellationToken);
        await turn.Context.SendActivityAsync(
            turn.Text.Format(draft.Role == Role.Mentor ? "OnboardDoneMentor" : "OnboardDoneMentee", Markdown.Literal(programme.Name)),
            cancellationToken: cancellationToken);
        return true;
    }

    // An edit changes the one part asked, on the participant as stored now (version-checked), so a pause or a
    // leave that happened while the card was open stands; someone who left (or erased their data) is not rejoined.
    private async Task<bool> SaveEditAsync(FlowTurn turn, OnboardingDraft draft, CancellationToken cancellationToken)
    {
        var programmeId = draft.ProgrammeId ?? throw new InvalidOperationException("An edit always names its programme.");
        var saved = await participants.ChangeAsync(
            programmeId,
            turn.TenantId,
            turn.UserObjectId,
            current => current.Status == ParticipantStatus.Left ? null : draft.ApplyEditTo(current),
            cancellationToken);
        await turn.Context.SendActivityAsync(turn.Text[saved is null ? "ProfileEditAfterLeaving" : "ProfileSaved"], cancellationToken: cancellationToken);
        return true;
    }
}
