using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The mentor's say: who the mentee is, why they were matched, the deadline, and accept or decline (with an optional
/// reason). Once answered it is rebuilt with the outcome and no buttons.
/// </summary>
public static class MentorOfferCard
{
    public const string AcceptVerb = "offerAccept";
    public const string DeclineVerb = "offerDecline";
    public const string ReasonField = "declineReason";

    public static JsonObject Build(Programme programme, Pair pair, Participant mentee, Localizer text)
    {
        var body = Summary(programme, pair, mentee, text);
        if (pair.Status != PairStatus.Offered)
        {
            body.Add(AdaptiveCard.Text(text.Of(pair.Status), weight: "Bolder"));
            return AdaptiveCard.Create(body);
        }

        if (pair.AnswerBy is { } answerBy)
            body.Add(AdaptiveCard.Text(text.Format("OfferAnswerBy", answerBy.ToString("f", text.Culture), programme.MentorAnswerDays)));
        body.Add(CardInputs.Text(ReasonField, text["OfferDeclineReason"], maxLength: Limits.DeclineReasonMax, multiline: true));
        var data = new JsonObject { [CardData.ProgrammeIdField] = pair.ProgrammeId, [CardData.PairIdField] = pair.Id };
        return AdaptiveCard.Create(
            body,
            [AdaptiveCard.Execute(text["OfferAccept"], AcceptVerb, data.DeepClone().AsObject()), AdaptiveCard.Execute(text["OfferDecline"], DeclineVerb, data.DeepClone().AsObject())]);
    }

    private static List<JsonNode> Summary(Programme programme, Pair pair, Participant mentee, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("OfferTitle", PersonFacts.LiteralName(mentee, text))),
            AdaptiveCard.Text(text.Format("OfferBody", Markdown.Literal(programme.Name))),
            PersonFacts.Of(mentee, text),
        };
        body.AddRange(PersonFacts.Score(pair.ScorePercent, pair.Reasons, text));
        return body;
    }
}
