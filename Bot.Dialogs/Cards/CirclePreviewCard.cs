using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The circles a group programme's people would form, for the lead to look at: each circle's members and who
/// facilitates it, and why, with "Form these circles". Once pressed, the same card shows the circles as formed, without
/// the button. People already in a circle of the programme are left out and counted.
/// </summary>
public static class CirclePreviewCard
{
    public const string FormVerb = "circlesForm";

    /// <summary>The fingerprint of the plan the card shows: a press is refused when the plan is no longer the same.</summary>
    public const string PlanField = "plan";

    /// <summary>The plan, its fingerprint, how many people are already in a circle, and whether it has been formed.</summary>
    public sealed record View(CirclePlan Plan, string PlanId, int AlreadyInCircles, bool Formed = false);

    public static JsonObject Build(Programme programme, View view, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(view.Formed ? "CirclesFormedTitle" : "CirclePreviewTitle", Markdown.Literal(programme.Name))),
            AdaptiveCard.Text(text[view.Formed ? "CirclesFormedNote" : "CirclePreviewNote"], subtle: true),
        };
        if (view.AlreadyInCircles > 0 && !view.Formed)
            body.Add(AdaptiveCard.Text(text.Format("CirclePreviewAlreadyPlaced", view.AlreadyInCircles)));
        if (view.Plan.Circles.Count == 0)
            body.Add(AdaptiveCard.Text(text[view.AlreadyInCircles > 0 ? "CirclePreviewNoNewcomers" : "CirclePreviewNone"]));
        var circles = Excerpt.Of(view.Plan.Circles);
        foreach (var circle in circles.Shown)
        {
            var members = circle.Members.Select(m => "- " + (m.UserObjectId == circle.Facilitator.UserObjectId
                ? text.Format("CirclePreviewFacilitator", PersonFacts.LiteralName(m, text), ReasonText.Sentence(circle.FacilitatorReason, text))
                : PersonFacts.LiteralName(m, text)));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JsonArray(
                    AdaptiveCard.Text(text.Format("CirclePreviewCircle", circle.Number, circle.Members.Count), weight: "Bolder"),
                    AdaptiveCard.Text(string.Join("\n", members))),
            });
        }

        if (circles.MoreLine(text) is { } more)
            body.Add(more);

        if (view.Formed || view.Plan.Circles.Count == 0)
            return AdaptiveCard.Create(body);
        return AdaptiveCard.Create(
            body,
            [AdaptiveCard.Execute(text["CirclesFormButton"], FormVerb, new JsonObject { [CardData.ProgrammeIdField] = programme.Id, [PlanField] = view.PlanId })]);
    }
}
