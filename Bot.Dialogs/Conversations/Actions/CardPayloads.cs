using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// Parses what a card posted back into an action's payload record, once, strictly: a missing required field, a
/// wrong type (an object or a number where text is expected, a forged <c>version: {}</c>) or text over
/// <see cref="MaxFieldLength"/> fails the parse, and the press is answered as a button that no longer works.
/// Unknown fields are ignored (Teams adds its own).
/// </summary>
public static class CardPayloads
{
    /// <summary>No field our cards post is longer (the invitation list, the longest, has a smaller limit of its own, which says how long it was).</summary>
    public const int MaxFieldLength = 100_000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        MaxDepth = 16,
    };

    public static bool TryParse(Type payloadType, JObject data, out object? payload)
    {
        payload = null;
        if (TooLong(data))
            return false;
        try
        {
            payload = JsonSerializer.Deserialize(data.ToString(Newtonsoft.Json.Formatting.None), payloadType, Options);
            return payload is not null;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    public static T? Parse<T>(JObject data)
        where T : class =>
        TryParse(typeof(T), data, out var payload) ? (T)payload! : null;

    private static bool TooLong(JToken token) => token switch
    {
        JValue { Type: JTokenType.String, Value: string text } => text.Length > MaxFieldLength,
        JContainer container => container.Children().Any(TooLong),
        _ => false,
    };
}
