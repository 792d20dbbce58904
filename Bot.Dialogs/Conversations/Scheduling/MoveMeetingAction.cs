using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>Move this meeting on a booked-meeting card: times to move the pair's meeting to.</summary>
public sealed class MoveMeetingAction(MeetingMoves moves) : CardAction<SlotPress>
{
    public override string Verb => FindTimeCard.MoveVerb;

    public override Access Requires(SlotPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<SlotPress> press, CancellationToken cancellationToken) =>
        moves.OfferAsync(press.Turn, press.Grant.RequiredPair, press.Payload, cancellationToken);
}
