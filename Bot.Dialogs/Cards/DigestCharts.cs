using System.Text.Json.Nodes;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Teams' chart elements, in the JSON shape Teams documents ("Charts in Adaptive Cards"): <c>Chart.Donut</c> with
/// <c>data: [{ legend, value, color? }]</c> and <c>Chart.Line</c> with <c>data: [{ legend, values: [{ x, y }], color? }]</c>.
/// They are not Adaptive Card 1.5 elements: every chart carries an element <c>fallback</c> saying the same in text,
/// which is what a client that does not draw charts shows instead.
/// </summary>
public static class DigestCharts
{
    public static JsonObject Donut(string title, IEnumerable<(string Legend, int Value, string Color)> slices, JsonObject fallback) => new()
    {
        ["type"] = "Chart.Donut",
        ["title"] = Markdown.Plain(title),
        ["data"] = new JsonArray([.. slices.Select(s => (JsonNode)new JsonObject { ["legend"] = Markdown.Plain(s.Legend), ["value"] = s.Value, ["color"] = s.Color })]),
        ["fallback"] = fallback,
    };

    public static JsonObject Line(string title, string legend, IEnumerable<(string X, int Y)> points, string color, JsonObject fallback) => new()
    {
        ["type"] = "Chart.Line",
        ["title"] = Markdown.Plain(title),
        ["data"] = new JsonArray(new JsonObject
        {
            ["legend"] = Markdown.Plain(legend),
            ["values"] = new JsonArray([.. points.Select(p => (JsonNode)new JsonObject { ["x"] = Markdown.Plain(p.X), ["y"] = p.Y })]),
            ["color"] = color,
        }),
        ["fallback"] = fallback,
    };
}
