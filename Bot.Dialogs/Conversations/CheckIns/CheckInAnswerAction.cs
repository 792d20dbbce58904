using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>Send on a check-in card: a member of the pair records their own answer (the pair may have ended since: the answer says so).</summary>
public sealed class CheckInAnswerAction(CheckInAnswers answers) : CardAction<CheckInPress>
{
    public override string Verb => CheckInCard.AnswerVerb;

    public override Access Requires(CheckInPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId, mustBeActive: false);

    public override Task HandleAsync(CardPress<CheckInPress> press, CancellationToken cancellationToken) => answers.AnswerAsync(press, cancellationToken);
}
