using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>Move here on a move card: the pair's meeting moves to that slot.</summary>
public sealed class MoveSlotAction(MeetingMoves moves) : CardAction<SlotPress>
{
    public override string Verb => FindTimeCard.MoveSlotVerb;

    public override Access Requires(SlotPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<SlotPress> press, CancellationToken cancellationToken) =>
        moves.MoveAsync(press.Turn, press.Grant.RequiredPair, press.Payload, cancellationToken);
}
