using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorBot.Dialogs.Stores;

/// <summary>How repositories write domain records as entity bodies: camelCase, enums by name (readable, and stable when enums are reordered).</summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new MatchReasonJson() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string body) => JsonSerializer.Deserialize<T>(body, Options) ?? throw new InvalidDataException($"Empty {typeof(T).Name} body.");
}
