using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Stores a <see cref="HealthReason"/> (kept on a nudge: why it was sent) with each argument tagged by its type, and
/// reads it back as the reason it was: left to the default, the arguments would return as JsonElement, a role would
/// lose its words in the reader's language, and 20 days would no longer equal 20.
/// </summary>
internal sealed class HealthReasonJson : JsonConverter<HealthReason>
{
    public override HealthReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var key = root.GetProperty("key").GetString() ?? throw new JsonException("A health reason has no key.");
        var severity = Enum.Parse<HealthState>(root.GetProperty("severity").GetString() ?? throw new JsonException("A health reason has no severity."));
        var arguments = root.TryGetProperty("args", out var args) ? args.EnumerateArray().Select(Argument).ToArray() : [];
        return new HealthReason(key, severity, arguments);
    }

    public override void Write(Utf8JsonWriter writer, HealthReason value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("key", value.MessageKey);
        writer.WriteString("severity", value.Severity.ToString());
        writer.WriteStartArray("args");
        foreach (var argument in value.Arguments)
        {
            writer.WriteStartObject();
            switch (argument)
            {
                case int whole:
                    writer.WriteNumber("int", whole);
                    break;
                case double or float or decimal or long:
                    writer.WriteNumber("number", Convert.ToDouble(argument, CultureInfo.InvariantCulture));
                    break;
                case Role role:
                    writer.WriteString("role", role.ToString());
                    break;
                default:
                    writer.WriteString("text", Convert.ToString(argument, CultureInfo.InvariantCulture));
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static object Argument(JsonElement element)
    {
        var (name, value) = element.EnumerateObject().Select(p => (p.Name, p.Value)).FirstOrDefault();
        return name switch
        {
            "int" => value.GetInt32(),
            "number" => value.GetDouble(),
            "role" => Enum.Parse<Role>(value.GetString()!),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty,
        };
    }
}
