using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>Decline on an offer card (with an optional reason for the leads): only the mentor it was offered to.</summary>
public sealed class OfferDeclineAction(OfferAnswers answers) : CardAction<OfferAnswer>
{
    public override string Verb => MentorOfferCard.DeclineVerb;

    public override Access Requires(OfferAnswer payload) => Access.OfferedMentor(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<OfferAnswer> press, CancellationToken cancellationToken) =>
        answers.AnswerAsync(press, accept: false, cancellationToken);
}
