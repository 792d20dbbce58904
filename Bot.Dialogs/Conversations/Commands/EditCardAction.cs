using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Onboarding;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>The profile card's edit buttons: asks that one part again, pre-filled, then saves.</summary>
public sealed class EditCardAction(OnboardingStarter starter) : CardAction<EditCardAction.Press>
{
    public override string Verb => ProfileCard.EditVerb;

    public override Access Requires(Press payload) => Access.MemberOf(payload.Programme);

    public override async Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken)
    {
        var participant = press.Grant.RequiredParticipant;
        if (!ProfileCard.EditableParts(participant.Role).Contains(press.Payload.Part))
        {
            // A card of another role's profile (the person left and rejoined as the other), or a forged part.
            await press.Turn.SayAsync(press.Text["ProfileCardStale"], cancellationToken);
            return;
        }

        await starter.EditAsync(press.Turn, participant, press.Payload.Part, cancellationToken);
    }

    /// <summary>The programme whose profile is edited, and which part of it.</summary>
    public sealed record Press(string Programme, string Part);
}
