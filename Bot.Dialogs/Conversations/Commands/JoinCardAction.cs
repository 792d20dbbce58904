using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.Participants;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>The welcome card's "join as mentee / mentor" buttons: start onboarding in that role.</summary>
public sealed class JoinCardAction(OnboardingStarter starter) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [CardData.JoinVerb];

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        var role = data.Text(CardData.RoleField);
        if (role is not ("mentee" or "mentor"))
        {
            await turn.SayAsync(turn.Text["UnknownCardAction"], cancellationToken);
            return;
        }

        if (!turn.HasIdentity)
        {
            await turn.SayAsync(turn.Text["NoIdentity"], cancellationToken);
            return;
        }

        // An invitation names its programme; the welcome card does not.
        var programme = data.Text(InvitationCard.ProgrammeField);
        await starter.JoinAsync(turn, role == "mentor" ? Role.Mentor : Role.Mentee, programme, cancellationToken);
    }
}
