using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>Stamps a flow's cards with the run and step they belong to, and reads the stamp back.</summary>
public static class FlowCards
{
    public const string FlowVerb = "flow";
    public const string InstanceField = "flowInstance";
    public const string StepField = "flowStep";

    /// <summary>A step's card: its heading, its inputs, and the one button that answers the step.</summary>
    public static JsonObject Step(Localization.Localizer text, string heading, IEnumerable<JsonNode> body, string? buttonKey = null) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Heading(heading), .. body],
            [AdaptiveCard.Submit(text[buttonKey ?? "Next"], FlowVerb)]);

    /// <summary>Adds the stamp to the data of every submit action in the card, however deeply nested.</summary>
    public static JsonObject Stamp(JsonObject card, FlowState state)
    {
        foreach (var action in Actions(card))
        {
            var data = action["data"] as JsonObject ?? [];
            data[CardData.VerbField] ??= FlowVerb;
            data[InstanceField] = state.Instance;
            data[StepField] = state.Step;
            action["data"] = data;
        }

        return card;
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute")
                    yield return obj;
                foreach (var (_, child) in obj.ToList())
                {
                    foreach (var action in Actions(child))
                        yield return action;
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    foreach (var action in Actions(child))
                        yield return action;
                }

                break;
        }
    }
}
