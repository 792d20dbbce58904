using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>The profile card's edit buttons: asks that one part again, pre-filled, then saves.</summary>
public sealed class EditCardAction(ParticipantStore participants, OnboardingStarter starter) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [ProfileCard.EditVerb];

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        var programmeId = data.Text(ProfileCard.ProgrammeField);
        var part = data.Text(ProfileCard.PartField);
        var participant = turn.HasIdentity && programmeId is not null
            ? await participants.GetAsync(programmeId, turn.TenantId, turn.UserObjectId, cancellationToken)
            : null;
        if (participant is null || participant.Status == ParticipantStatus.Left || part is null || !ProfileCard.EditableParts(participant.Role).Contains(part))
        {
            // A card from before the user left or deleted their data, or a forged one.
            await turn.SayAsync(turn.Text["ProfileCardStale"], cancellationToken);
            return;
        }

        await starter.EditAsync(turn, participant, part, cancellationToken);
    }
}
