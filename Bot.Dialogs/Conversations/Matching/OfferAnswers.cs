using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// A mentor's accept or decline on an offer card. Only the offered mentor may answer, and only while the offer is
/// open; anything else (a forged pair, someone else's offer, a second press) is told so and changes nothing.
/// </summary>
public sealed class OfferAnswers(PairOffers offers, ProgrammeStore programmes, ParticipantStore participants) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [MentorOfferCard.AcceptVerb, MentorOfferCard.DeclineVerb];

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        var programmeId = data.Text(CardData.ProgrammeIdField) ?? string.Empty;
        var pairId = data.Text(CardData.PairIdField) ?? string.Empty;
        var reason = data.Text(MentorOfferCard.ReasonField);
        if (reason is { Length: > Limits.DeclineReasonMax })
        {
            await turn.SayAsync(turn.Text.Format("OfferReasonTooLong", reason.Length, Limits.DeclineReasonMax), cancellationToken);
            return;
        }

        if (!turn.HasIdentity)
        {
            await turn.SayAsync(turn.Text["NoIdentity"], cancellationToken);
            return;
        }

        var (answer, pair) = verb == MentorOfferCard.AcceptVerb
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
                await turn.SayAsync(turn.Text[verb == MentorOfferCard.AcceptVerb ? "OfferAccepted" : "OfferDeclined"], cancellationToken);
                break;
        }

        // The card shows the outcome in place of its buttons.
        var programme = await programmes.GetAsync(programmeId, cancellationToken);
        var mentee = await participants.GetAsync(programmeId, pair!.MenteeTenantId, pair.MenteeId, cancellationToken);
        if (programme is not null && mentee is not null)
            turn.ReplaceCard(MentorOfferCard.Build(programme, pair, mentee, turn.Text));
    }
}
