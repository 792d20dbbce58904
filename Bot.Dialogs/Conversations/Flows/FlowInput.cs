using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>What the user sent this turn: typed text, or the values of a card they submitted.</summary>
public sealed record FlowInput(string? Text, JObject? Values)
{
    public bool IsCard => Values is not null;

    /// <summary>A card field as trimmed text; null when absent, empty or not a string.</summary>
    public string? Field(string name)
    {
        var token = Values?[name];
        if (token is null || token.Type is not (JTokenType.String or JTokenType.Integer or JTokenType.Float))
            return null;
        var value = token.ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A multi-select ChoiceSet answers "a,b,c"; split it.</summary>
    public IReadOnlyList<string> List(string name) =>
        Field(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
