using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The circles a group programme's people would form, for the lead to look at: each circle's members and who
/// facilitates it, and why. A preview: nothing is saved or sent from it yet.
/// </summary>
public static class CirclePreviewCard
{
    public static JsonObject Build(Programme programme, CirclePlan plan, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("CirclePreviewTitle", programme.Name)),
            AdaptiveCard.Text(text["CirclePreviewNote"], subtle: true),
        };
        if (plan.Circles.Count == 0)
            body.Add(AdaptiveCard.Text(text["CirclePreviewNone"]));
        foreach (var circle in plan.Circles)
        {
            var members = circle.Members.Select(m => "- " + (m.UserObjectId == circle.Facilitator.UserObjectId
                ? text.Format("CirclePreviewFacilitator", PersonFacts.NameOf(m, text), ReasonText.Sentence(circle.FacilitatorReason, text))
                : PersonFacts.NameOf(m, text)));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JsonArray(
                    AdaptiveCard.Text(text.Format("CirclePreviewCircle", circle.Number, circle.Members.Count), weight: "Bolder"),
                    AdaptiveCard.Text(string.Join("\n", members))),
            });
        }

        return AdaptiveCard.Create(body);
    }
}
