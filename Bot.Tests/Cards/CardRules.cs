using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MentorBot.Tests.Cards;

/// <summary>
/// Our own rules for every card, beyond the schema: the version Teams renders, buttons that say what they do and
/// tell the conversation which step they answer, no empty text, no placeholder left unfilled, charts as Teams documents them.
/// </summary>
internal static partial class CardRules
{
    public static IReadOnlyList<string> Check(JsonObject card)
    {
        var problems = new List<string>();
        if ((string?)card["type"] != "AdaptiveCard")
            problems.Add("the root is not an AdaptiveCard");
        if ((string?)card["version"] != "1.5")
            problems.Add($"version is '{card["version"]}', not 1.5");
        Walk(card, "$", problems);
        problems.AddRange(TeamsCharts.Check(card));
        return problems;
    }

    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject element:
                CheckElement(element, path, problems);
                foreach (var (name, child) in element)
                    Walk(child, $"{path}.{name}", problems);
                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                    Walk(items[i], $"{path}[{i}]", problems);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && UnfilledPlaceholder().IsMatch(text):
                problems.Add($"{path} holds an unfilled placeholder: {text}");
                break;
        }
    }

    private static void CheckElement(JsonObject element, string path, List<string> problems)
    {
        var type = (string?)element["type"];
        if (type is "TextBlock" && string.IsNullOrWhiteSpace((string?)element["text"]))
            problems.Add($"{path} is a TextBlock without text");
        if (type is not null && type.StartsWith("Action.", StringComparison.Ordinal) && string.IsNullOrWhiteSpace((string?)element["title"]))
            problems.Add($"{path} is an {type} without a title");
        if (type is "Action.Submit" && (element["data"] is not JsonObject data || string.IsNullOrWhiteSpace((string?)data["verb"])))
            problems.Add($"{path} is an Action.Submit whose data has no verb");
        if (type is "Action.Execute" && string.IsNullOrWhiteSpace((string?)element["verb"]))
            problems.Add($"{path} is an Action.Execute without a verb");
        if (type is null && element.ContainsKey("title") && element.ContainsKey("value") &&
            (string.IsNullOrWhiteSpace((string?)element["title"]) || string.IsNullOrWhiteSpace((string?)element["value"])))
            problems.Add($"{path} is a fact with an empty title or value");
    }

    [GeneratedRegex(@"(?<!\{)\{\d+[^{}]*\}(?!\})")]
    private static partial Regex UnfilledPlaceholder();
}
