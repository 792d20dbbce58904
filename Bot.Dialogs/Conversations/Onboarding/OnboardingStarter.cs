using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>
/// Starts onboarding or a profile edit: finds the programmes open to the user, pre-fills what the directory
/// knows (and the time zone Teams reports), and hands over to <see cref="OnboardingFlow"/>.
/// </summary>
public sealed class OnboardingStarter(FlowRunner flows, OnboardingFlow onboarding, ProgrammeStore programmes, ParticipantStore participants, IDirectory directory)
{
    /// <summary>Starts onboarding in <paramref name="role"/>, in the named programme (an invitation) or any open one.</summary>
    public async Task JoinAsync(ChatTurn turn, Role role, string? programmeId, CancellationToken cancellationToken)
    {
        var joined = (await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken))
            .Where(p => p.Status != ParticipantStatus.Left)
            .Select(p => p.ProgrammeId)
            .ToHashSet(StringComparer.Ordinal);
        var open = (await programmes.OpenForAsync(turn.TenantId, cancellationToken)).Where(p => !joined.Contains(p.Id)).ToList();
        if (programmeId is not null)
        {
            if (joined.Contains(programmeId))
            {
                await turn.SayAsync(turn.Text["OnboardAlreadyJoined"], cancellationToken);
                return;
            }

            // An invitation to a programme since closed (or not open to this tenant) is not honoured.
            open = open.Where(p => p.Id == programmeId).ToList();
            if (open.Count == 0)
            {
                await turn.SayAsync(turn.Text["InvitationNoLongerOpen"], cancellationToken);
                return;
            }
        }

        if (open.Count == 0)
        {
            await turn.SayAsync(turn.Text[joined.Count > 0 ? "OnboardAlreadyJoined" : "OnboardNoProgramme"], cancellationToken);
            return;
        }

        var known = await directory.FindAsync(turn.TenantId, turn.UserObjectId, cancellationToken);
        var draft = new OnboardingDraft
        {
            Role = role,
            ProgrammeOptions = open.Select(Option).ToList(),
            ProgrammeId = open.Count == 1 ? open[0].Id : null,
            DisplayName = known?.DisplayName ?? turn.Context.Activity.From?.Name,
            TimeZone = known?.TimeZone ?? TeamsTimeZone(turn),
            Languages = [turn.Text.Language],
            Department = known?.Department,
            JobTitle = known?.JobTitle,
        };
        if (known is { WorkStart: { } start, WorkEnd: { } end })
            (draft.WorkStart, draft.WorkEnd) = (start, end);
        if (known?.WorkDays is { Count: > 0 } days)
            draft.WorkDays = [.. days];

        await turn.SayAsync(turn.Text[role == Role.Mentor ? "OnboardIntroMentor" : "OnboardIntroMentee"], cancellationToken);
        await flows.StartAsync(turn.Context, onboarding, draft, turn.TenantId, turn.UserObjectId, cancellationToken);
    }

    /// <summary>Edits one part (a step name) of the user's profile in a programme.</summary>
    public async Task EditAsync(ChatTurn turn, Participant participant, string step, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetAsync(participant.ProgrammeId, cancellationToken);
        var option = programme is null ? new ProgrammeOption(participant.ProgrammeId, participant.ProgrammeId, []) : Option(programme);
        var draft = OnboardingDraft.From(participant, option);
        draft.EditOnly = step;
        await flows.StartAsync(turn.Context, onboarding, draft, turn.TenantId, turn.UserObjectId, cancellationToken);
    }

    private static ProgrammeOption Option(Programme p) => new(p.Id, p.Name, p.SkillsCatalogue);

    // Teams reports the client's IANA time zone with each message; a good default when the directory is silent.
    private static string? TeamsTimeZone(ChatTurn turn)
    {
        var zone = turn.Context.Activity.LocalTimezone;
        return TimeZones.IsKnown(zone) ? zone : null;
    }
}
