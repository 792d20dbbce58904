using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>Accept on an offer card: only the mentor it was offered to.</summary>
public sealed class OfferAcceptAction(OfferAnswers answers) : CardAction<OfferAnswer>
{
    public override string Verb => MentorOfferCard.AcceptVerb;

    public override Access Requires(OfferAnswer payload) => Access.OfferedMentor(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<OfferAnswer> press, CancellationToken cancellationToken) =>
        answers.AnswerAsync(press, accept: true, cancellationToken);
}
