using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Stores;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// A mentor's accept or decline on an offer card. The gate lets only the offered mentor through; the offer's state
/// decides the rest (answered already, too late): a second press is told so and changes nothing.
/// </summary>
public sealed class OfferAnswers(PairOffers offers, ParticipantStore participants)
{
    public async Task AnswerAsync(CardPress<OfferAnswer> press, bool accept, CancellationToken cancellationToken)
    {
        var turn = press.Turn;
        var programme = press.Grant.RequiredProgramme;
        var (programmeId, pairId) = (press.Payload.ProgrammeId, press.Payload.PairId);
        var reason = accept ? null : press.Payload.DeclineReason;
        if (reason is { Length: > Limits.DeclineReasonMax })
        {
            await turn.SayAsync(turn.Text.Format("OfferReasonTooLong", reason.Length, Limits.DeclineReasonMax), cancellationToken);
            return;
        }

        var (answer, pair) = accept
            ? await offers.AcceptAsync(programmeId, pairId, turn.TenantId, turn.UserObjectId, cancellationToken)
            : await offers.DeclineAsync(programmeId, pairId, turn.TenantId, turn.UserObjectId, reason, cancellationToken);
        switch (answer)
        {
            case PairOffers.Answer.Unknown:
                await turn.SayAsync(turn.Text["OfferUnknown"], cancellationToken);
                return;
            case PairOffers.Answer.NotYours:
                await turn.SayAsync(turn.Text["OfferNotYours"], cancellationToken);
                return;
            case PairOffers.Answer.ProgrammeClosed:
                await turn.SayAsync(turn.Text["OfferProgrammeClosed"], cancellationToken);
                return;
            case PairOffers.Answer.TooLate:
                await turn.SayAsync(turn.Text.Format("OfferTooLate", pair!.AnswerBy!.Value.ToString("f", turn.Text.Culture)), cancellationToken);
                break;
            case PairOffers.Answer.AlreadyAnswered:
                await turn.SayAsync(turn.Text.Format("OfferAlreadyAnswered", turn.Text.Of(pair!.Status)), cancellationToken);
                break;
            default:
                await turn.SayAsync(turn.Text[accept ? "OfferAccepted" : "OfferDeclined"], cancellationToken);
                break;
        }

        // The card shows the outcome in place of its buttons.
        var mentee = await participants.GetAsync(programmeId, pair!.MenteeTenantId, pair.MenteeId, cancellationToken);
        if (mentee is not null)
            turn.ReplaceCard(MentorOfferCard.Build(programme, pair, mentee, turn.Text));
    }
}
