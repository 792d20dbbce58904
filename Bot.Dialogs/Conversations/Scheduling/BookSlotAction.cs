using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>Book on a find-a-time card: one of the pair books the slot it shows.</summary>
public sealed class BookSlotAction(MeetingBooking booking) : CardAction<SlotPress>
{
    public override string Verb => FindTimeCard.BookVerb;

    public override Access Requires(SlotPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<SlotPress> press, CancellationToken cancellationToken) =>
        booking.BookAsync(press.Turn, press.Grant.RequiredPair, press.Payload, cancellationToken);
}
