using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>The Find a time button of the introduction card, nudges and check-ins: slots for that pair, as a new card.</summary>
public sealed class FindTimeAction(FindATime findATime) : CardAction<PairRef>
{
    public override string Verb => CardData.FindTimeVerb;

    public override Access Requires(PairRef payload) => Access.PairMember(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken) =>
        findATime.OfferAsync(press.Turn, press.Grant.RequiredPair, cancellationToken);
}
