using System.Text.Json.Nodes;

namespace MentorBot.Tests.Cards;

/// <summary>
/// Teams' chart elements are not Adaptive Card 1.5 elements, so the 1.5 schema cannot check them. Here: their shape as
/// Teams documents it ("Charts in Adaptive Cards": Chart.Donut <c>data: [{ legend, value, color? }]</c>, Chart.Line
/// <c>data: [{ legend, values: [{ x, y }], color? }]</c>, an optional title), a required element fallback, and the card
/// a client that does not draw charts renders (each chart replaced by its fallback), which the schema then checks.
/// </summary>
internal static class TeamsCharts
{
    private static readonly HashSet<string> ChartKeys = ["type", "title", "data", "fallback", "colorSet", "id", "spacing", "separator", "height", "horizontalAlignment", "isVisible"];
    private static readonly HashSet<string> DonutKeys = ["legend", "value", "color"];
    private static readonly HashSet<string> LineKeys = ["legend", "values", "color"];
    private static readonly HashSet<string> PointKeys = ["x", "y"];

    /// <summary>
    /// The colour names Teams documents for chart data (the ChartColor values, camel case), of which our cards use these.
    /// </summary>
    private static readonly HashSet<string> Colors =
        ["good", "warning", "attention", "neutral", "categoricalBlue", "categoricalTeal", "divergingMaroon", "divergingGray"];

    public static bool IsChart(JsonObject element) => ((string?)element["type"])?.StartsWith("Chart.", StringComparison.Ordinal) == true;

    /// <summary>The card as a client without charts sees it: every chart replaced by its fallback element.</summary>
    public static JsonNode WithFallbacks(JsonNode card)
    {
        var copy = card.DeepClone();
        Replace(copy);
        return copy;
    }

    public static IReadOnlyList<string> Check(JsonNode card)
    {
        var problems = new List<string>();
        Walk(card, "$", problems);
        return problems;
    }

    private static void Replace(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject element && IsChart(element) && element["fallback"] is JsonObject fallback)
                        items[i] = fallback.DeepClone();
                    Replace(items[i]);
                }

                break;
            case JsonObject element:
                foreach (var (_, child) in element.ToList())
                    Replace(child);
                break;
        }
    }

    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject element when IsChart(element):
                CheckChart(element, path, problems);
                break;
            case JsonObject element:
                foreach (var (name, child) in element)
                    Walk(child, $"{path}.{name}", problems);
                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                    Walk(items[i], $"{path}[{i}]", problems);
                break;
        }
    }

    private static void CheckChart(JsonObject chart, string path, List<string> problems)
    {
        var type = (string)chart["type"]!;
        problems.AddRange(chart.Select(p => p.Key).Where(k => !ChartKeys.Contains(k)).Select(k => $"{path}: {type} has an undocumented property '{k}'"));
        if (chart["title"] is { } title && title.GetValueKind() != System.Text.Json.JsonValueKind.String)
            problems.Add($"{path}: the title is not text");
        if (chart["fallback"] is not JsonObject fallback || IsChart(fallback) || string.IsNullOrEmpty((string?)fallback["type"]))
            problems.Add($"{path}: {type} has no element fallback for clients that do not draw charts");
        if (chart["data"] is not JsonArray { Count: > 0 } data)
        {
            problems.Add($"{path}: {type} has no data");
            return;
        }

        for (var i = 0; i < data.Count; i++)
        {
            var at = $"{path}.data[{i}]";
            if (data[i] is not JsonObject item)
            {
                problems.Add($"{at} is not an object");
                continue;
            }

            CheckItem(type, item, at, problems);
        }
    }

    private static void CheckItem(string type, JsonObject item, string at, List<string> problems)
    {
        if (!IsText(item["legend"]))
            problems.Add($"{at} has no legend");
        if (item["color"] is { } color && !(IsText(color) && Colors.Contains((string)color!)))
            problems.Add($"{at} has a colour Teams does not name: {color}");
        switch (type)
        {
            case "Chart.Donut":
                problems.AddRange(item.Select(p => p.Key).Where(k => !DonutKeys.Contains(k)).Select(k => $"{at} has an undocumented property '{k}'"));
                if (!IsNumber(item["value"]))
                    problems.Add($"{at} has no numeric value");
                break;
            case "Chart.Line":
                problems.AddRange(item.Select(p => p.Key).Where(k => !LineKeys.Contains(k)).Select(k => $"{at} has an undocumented property '{k}'"));
                if (item["values"] is not JsonArray { Count: > 0 } points)
                {
                    problems.Add($"{at} has no values");
                    break;
                }

                foreach (var (point, j) in points.Select((p, j) => (p as JsonObject, j)))
                {
                    if (point is null || point.Any(p => !PointKeys.Contains(p.Key)) || !(IsText(point["x"]) || IsNumber(point["x"])) || !IsNumber(point["y"]))
                        problems.Add($"{at}.values[{j}] is not {{ x: text or number, y: number }}");
                }

                break;
            default:
                problems.Add($"{at}: {type} is a chart our checks do not know");
                break;
        }
    }

    private static bool IsText(JsonNode? node) => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && !string.IsNullOrWhiteSpace((string?)v);

    private static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number;
}
