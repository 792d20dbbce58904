using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>End and rematch on a fit-concern card: only a lead of the (open) programme; the card then shows what was done.</summary>
public sealed class FitEndAndRematchAction(Rematches rematches, FitConcerns concerns) : CardAction<PairRef>
{
    public override string Verb => FitConcernCard.EndAndRematchVerb;

    public override Access Requires(PairRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken)
    {
        var programme = press.Grant.RequiredProgramme;
        var rematch = await rematches.EndAndRematchAsync(press.Turn, programme, press.Payload.PairId, PairEnding.NotAGoodFit, cancellationToken);
        if (rematch.Pair is not { } pair)
            return;
        var line = await concerns.PairLineAsync(programme, pair, press.Text, cancellationToken);
        press.Turn.ReplaceCard(FitConcernCard.Build(new FitConcernCard.View(pair.ProgrammeId, pair.Id, line) { Outcome = rematch.Outcome }, press.Text));
    }
}
