using System.Text.Json;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Everything stored about the user, by category, as the stored JSON.</summary>
public static class MyDataCard
{
    /// <summary>
    /// Characters of stored JSON shown on the card, all categories together, so it stays under Teams' message size limit;
    /// each category shows at least its first document, and says how many more it holds.
    /// </summary>
    public const int DocumentBudget = 10_000;

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    /// <param name="sections">Each category's resource key and its JSON documents.</param>
    public static JsonObject Build(IReadOnlyList<(string CategoryKey, IReadOnlyList<string> Documents)> sections, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text["MyDataTitle"]), AdaptiveCard.Text(text["MyDataIntro"]) };
        var left = DocumentBudget;
        foreach (var (category, documents) in sections.Where(s => s.Documents.Count > 0))
        {
            body.Add(AdaptiveCard.Text(text[category], weight: "Bolder"));
            var shown = Excerpt.Of(documents.Select(Code), int.MaxValue, Length, Math.Max(left, 0));
            shown.AddTo(body, block => block, text);
            left -= shown.Shown.Sum(Length);
        }

        if (!sections.Any(s => s.Documents.Count > 0))
            body.Add(AdaptiveCard.Text(text["MyDataNothing"]));
        body.Add(AdaptiveCard.Text(text["MyDataDeleteHint"], subtle: true));
        return AdaptiveCard.Create(body);
    }

    private static int Length(JsonObject block) => ((string?)block["text"])?.Length ?? 0;

    private static JsonObject Code(string json)
    {
        var pretty = JsonNode.Parse(json)?.ToJsonString(Pretty) ?? json;
        var block = AdaptiveCard.Text(Markdown.Literal(pretty));
        block["fontType"] = "Monospace";
        return block;
    }
}
