using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations;

/// <summary>Reading what a card posted back, where anything may have been forged: a field is text or it is absent.</summary>
public static class CardFields
{
    /// <summary>The field's text, or null when it is missing or not a string (a number, an object, a forged value).</summary>
    public static string? Text(this JObject data, string name) => data[name]?.Type == JTokenType.String ? data.Value<string>(name) : null;
}
