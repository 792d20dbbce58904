using System.Text.Json.Nodes;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Adaptive Card inputs (schema 1.5). Limits are declared on the input and checked again server-side. Labels, titles and
/// values are shown as they are (not Markdown), cleaned of invisible characters.
/// </summary>
public static class CardInputs
{
    public static JsonObject Text(string id, string label, string? value = null, int? maxLength = null, bool required = false, string? placeholder = null, bool multiline = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = Markdown.Plain(label) };
        if (value is not null)
            input["value"] = Markdown.Plain(value);
        if (maxLength is not null)
            input["maxLength"] = maxLength;
        if (required)
            input["isRequired"] = true;
        if (placeholder is not null)
            input["placeholder"] = Markdown.Plain(placeholder);
        if (multiline)
            input["isMultiline"] = true;
        return input;
    }

    public static JsonObject Number(string id, string label, int min, int max, int? value = null)
    {
        var input = new JsonObject { ["type"] = "Input.Number", ["id"] = id, ["label"] = label, ["min"] = min, ["max"] = max };
        if (value is not null)
            input["value"] = value;
        return input;
    }

    public static JsonObject Time(string id, string label, string value) =>
        new() { ["type"] = "Input.Time", ["id"] = id, ["label"] = label, ["value"] = value };

    /// <summary>A choice set; multi-select values come back comma-separated.</summary>
    public static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null, bool multiSelect = false, bool expanded = false, bool required = false)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = Markdown.Plain(label),
            ["style"] = expanded ? "expanded" : "compact",
            ["isMultiSelect"] = multiSelect,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = Markdown.Plain(c.Title), ["value"] = Markdown.Plain(c.Value) })]),
        };
        if (value is not null)
            input["value"] = Markdown.Plain(value);
        if (required)
            input["isRequired"] = true;
        return input;
    }
}
