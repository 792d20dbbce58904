using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Stay, pause or leave, on the question sent after three silent check-ins: a member of the pair answers their own
/// question. The pair may have ended since (they left from another device): the answer already given is shown then.
/// </summary>
public sealed class StayPauseLeaveAction(StayPauseLeaveAnswers answers) : CardAction<StayPauseLeavePress>
{
    public override string Verb => StayPauseLeaveCard.Verb;

    public override Access Requires(StayPauseLeavePress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId, mustBeActive: false);

    public override Task HandleAsync(CardPress<StayPauseLeavePress> press, CancellationToken cancellationToken) => answers.AnswerAsync(press, cancellationToken);
}
