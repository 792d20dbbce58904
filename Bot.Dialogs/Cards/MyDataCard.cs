using System.Text.Json;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Everything stored about the user, by category, as the stored JSON.</summary>
public static class MyDataCard
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    /// <param name="sections">Each category's resource key and its JSON documents.</param>
    public static JsonObject Build(IReadOnlyList<(string CategoryKey, IReadOnlyList<string> Documents)> sections, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text["MyDataTitle"]), AdaptiveCard.Text(text["MyDataIntro"]) };
        foreach (var (category, documents) in sections.Where(s => s.Documents.Count > 0))
        {
            body.Add(AdaptiveCard.Text(text[category], weight: "Bolder"));
            body.AddRange(documents.Select(Code));
        }

        if (!sections.Any(s => s.Documents.Count > 0))
            body.Add(AdaptiveCard.Text(text["MyDataNothing"]));
        body.Add(AdaptiveCard.Text(text["MyDataDeleteHint"], subtle: true));
        return AdaptiveCard.Create(body);
    }

    private static JsonObject Code(string json)
    {
        var pretty = JsonNode.Parse(json)?.ToJsonString(Pretty) ?? json;
        var block = AdaptiveCard.Text(pretty);
        block["fontType"] = "Monospace";
        return block;
    }
}
