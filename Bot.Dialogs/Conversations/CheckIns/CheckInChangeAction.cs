using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>Change my answer on a check-in summary: the card again, pre-filled, until the next check-in is sent.</summary>
public sealed class CheckInChangeAction(CheckInAnswers answers) : CardAction<CheckInPress>
{
    public override string Verb => CheckInCard.ChangeVerb;

    public override Access Requires(CheckInPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId, mustBeActive: false);

    public override Task HandleAsync(CardPress<CheckInPress> press, CancellationToken cancellationToken) => answers.ChangeAsync(press, cancellationToken);
}
