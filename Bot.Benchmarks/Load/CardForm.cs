using System.Text.Json.Nodes;

namespace MentorBot.Benchmarks.Load;

/// <summary>Reading the Adaptive Cards the bot sent, and filling them in as Teams posts them back.</summary>
internal static class CardForm
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The card a message carries, if any.</summary>
    public static JsonObject? Of(JsonNode? activity) =>
        activity?["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == AdaptiveCardType)?["content"] as JsonObject;

    /// <summary>Every TextBlock's text and every fact, in order: what a check reads.</summary>
    public static string Text(JsonNode? node) => string.Join(" | ", Walk(node)
        .SelectMany(o => new[] { o["text"], o["title"], o["value"] is JsonValue v && o["type"] is null ? v : null })
        .OfType<JsonValue>().Select(v => v.ToString()));

    /// <summary>The card's actions (Action.Submit, Action.Execute, Action.OpenUrl…), however deeply nested.</summary>
    public static IReadOnlyList<JsonObject> Actions(JsonNode? card) =>
        [.. Walk(card).Where(o => o["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal))];

    public static IReadOnlyList<string> InputIds(JsonNode? card) => [.. Inputs(card).Select(i => i["id"]!.GetValue<string>())];

    /// <summary>
    /// What Teams posts when <paramref name="action"/> is pressed: its data, then every input's current value (its
    /// pre-filled one unless the user changed it), the user's <paramref name="answers"/> by input id or id prefix.
    /// </summary>
    public static JsonObject Submit(JsonNode card, JsonObject action, IReadOnlyDictionary<string, string> answers)
    {
        var data = action["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var input in Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            var answer = answers.GetValueOrDefault(id) ?? answers.FirstOrDefault(a => a.Key.EndsWith('*') && id.StartsWith(a.Key[..^1], StringComparison.Ordinal)).Value;
            if (answer is not null)
                data[id] = answer;
            else if (input["value"] is JsonValue value)
                data[id] = value.ToString();
        }

        return data;
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? card) =>
        Walk(card).Where(o => o["id"] is JsonValue && o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal));

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Walk(child))
                        yield return inner;
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Walk(child))
                        yield return inner;
                }

                break;
        }
    }
}
