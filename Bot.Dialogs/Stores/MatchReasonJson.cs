using System.Text.Json;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Stores a <see cref="MatchReason"/> with its arguments as JSON strings and numbers, and reads them back as
/// <see cref="string"/> and <see cref="double"/>: left to the default, they would come back as JsonElement, which
/// formats without the reader's culture ("9.5" where French says "9,5") and never equals the reason it was.
/// </summary>
internal sealed class MatchReasonJson : JsonConverter<MatchReason>
{
    public override MatchReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var key = root.GetProperty("key").GetString() ?? throw new JsonException("A match reason has no key.");
        var arguments = root.TryGetProperty("args", out var args)
            ? args.EnumerateArray().Select(Argument).ToArray()
            : [];
        return new MatchReason(key, arguments);
    }

    public override void Write(Utf8JsonWriter writer, MatchReason value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("key", value.MessageKey);
        writer.WriteStartArray("args");
        foreach (var argument in value.Arguments)
        {
            switch (argument)
            {
                case int or long or double or float or decimal:
                    writer.WriteNumberValue(Convert.ToDouble(argument, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static object Argument(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        _ => element.GetString() ?? string.Empty,
    };
}
