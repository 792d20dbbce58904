using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// One at-risk pair of a digest, opened in place from its row: the row as the digest shows it, then the message box
/// and <b>Send to both</b> (Message both), or the confirmation and <b>End and rematch</b>; and <b>Back</b> to the digest.
/// </summary>
public static class DigestPairCard
{
    public static JsonObject Build(DigestPairView view, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(view.AtRiskOnly ? "DigestAtRiskTitle" : "DigestTitle", Markdown.Literal(view.ProgrammeName))),
            new JsonObject { ["type"] = "Container", ["items"] = DigestCard.RowItems(view.Pair, view.ViewerTimeZone, text) },
        };
        JsonObject Data(string? step = null) => DigestCard.PairData(view.ProgrammeId, view.Pair.Pair.Id, view.AtRiskOnly, step);
        JsonObject act;
        if (view.Step == DigestPairStep.Message)
        {
            body.Add(CardInputs.Text(DigestCard.MessageField, text.Format("EscalationMessageLabel", EscalationCard.MessageMax), maxLength: EscalationCard.MessageMax, required: true, multiline: true));
            act = AdaptiveCard.Execute(text["EscalationMessageSend"], DigestCard.MessageVerb, Data());
        }
        else
        {
            body.Add(AdaptiveCard.Text(text.Format("EscalationEndConfirm", DigestCard.Name(view.Pair.Mentee, text)), weight: "Bolder"));
            act = AdaptiveCard.Execute(text["DigestEndButton"], DigestCard.EndAndRematchVerb, Data());
        }

        return AdaptiveCard.Create(body, [act, AdaptiveCard.Execute(text["DigestBack"], DigestCard.ShowVerb, Data(DigestCard.BackStep))]);
    }
}
