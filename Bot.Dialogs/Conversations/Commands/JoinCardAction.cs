using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>The welcome card's and invitations' "join as mentee / mentor" buttons: start onboarding in that role.</summary>
public sealed class JoinCardAction(OnboardingStarter starter) : CardAction<JoinCardAction.Press>
{
    public override string Verb => CardData.JoinVerb;

    public override Access Requires(Press payload) => Access.Identified;

    public override async Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken)
    {
        var turn = press.Turn;
        if (press.Payload.Role is not ("mentee" or "mentor"))
        {
            await turn.SayAsync(turn.Text["UnknownCardAction"], cancellationToken);
            return;
        }

        await starter.JoinAsync(turn, press.Payload.Role == "mentor" ? Role.Mentor : Role.Mentee, press.Payload.Programme, cancellationToken);
    }

    /// <summary>The role; an invitation also names its programme, the welcome card does not.</summary>
    public sealed record Press(string Role, string? Programme = null);
}
