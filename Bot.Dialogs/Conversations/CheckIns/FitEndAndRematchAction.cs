using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>End and rematch on a fit-concern card: only a lead of the (open) programme.</summary>
public sealed class FitEndAndRematchAction(FitRematches rematches) : CardAction<PairRef>
{
    public override string Verb => FitConcernCard.EndAndRematchVerb;

    public override Access Requires(PairRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken) => rematches.EndAndRematchAsync(press, cancellationToken);
}
