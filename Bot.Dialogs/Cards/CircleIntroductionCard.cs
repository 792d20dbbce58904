using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Sent to every member of a circle when the lead forms it: the others in the circle (name, job title, department),
/// who facilitates and why; the facilitator's own card says it is them.
/// </summary>
public static class CircleIntroductionCard
{
    public static JsonObject Build(Programme programme, Circle circle, Participant recipient, Localizer text)
    {
        var facilitates = string.Equals(circle.Facilitator.UserObjectId, recipient.UserObjectId, StringComparison.OrdinalIgnoreCase);
        var reason = ReasonText.Sentence(circle.FacilitatorReason, text);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("CircleIntroTitle", Markdown.Literal(programme.Name))),
            AdaptiveCard.Text(text.Format("CircleIntroBody", circle.Number, circle.Members.Count)),
            AdaptiveCard.Text(
                facilitates ? text.Format("CircleIntroYouFacilitate", reason) : text.Format("CircleIntroFacilitator", PersonFacts.LiteralName(circle.Facilitator, text), reason),
                weight: "Bolder"),
        };
        foreach (var member in circle.Members.Where(m => !string.Equals(m.UserObjectId, recipient.UserObjectId, StringComparison.OrdinalIgnoreCase)))
        {
            var facts = new List<(string, string)>();
            if (!string.IsNullOrWhiteSpace(member.JobTitle))
                facts.Add((text["FactJobTitle"], Markdown.Literal(member.JobTitle.Trim())));
            if (!string.IsNullOrWhiteSpace(member.Department))
                facts.Add((text["FactDepartment"], Markdown.Literal(member.Department.Trim())));
            var items = new JsonArray(AdaptiveCard.Text(PersonFacts.LiteralName(member, text), weight: "Bolder"));
            if (facts.Count > 0)
                items.Add(AdaptiveCard.FactSet(facts));
            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items });
        }

        return AdaptiveCard.Create(body);
    }
}
