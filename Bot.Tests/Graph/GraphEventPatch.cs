using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MentorBot.Tests.Graph;

/// <summary>
/// PATCH /users/{id}/events/{eventId} on an event the <see cref="Infrastructure.LoopbackGraph"/> holds: the new start
/// and end are checked the way Graph checks a dateTimeTimeZone (a readable dateTime, a zone Exchange knows, the end
/// not before the start), and a body it cannot read is Graph's 400 with its error JSON, the event left as it was.
/// The stand-in only moves events: a PATCH of any other property is answered 501, so that a test notices when the
/// adapter starts sending something the stand-in would otherwise silently ignore.
/// </summary>
public static class GraphEventPatch
{
    private static readonly string[] Movable = ["start", "end"];

    /// <summary>Applies <paramref name="body"/> to <paramref name="stored"/> (in place) and gives Graph's answer: 200 and the whole event, or the error.</summary>
    public static (int Status, string Body) Apply(JsonObject stored, string body)
    {
        ArgumentNullException.ThrowIfNull(stored);
        JsonObject patch;
        try
        {
            patch = JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true }) as JsonObject
                ?? throw new JsonException("The body is not a JSON object.");
        }
        catch (JsonException)
        {
            return (400, GraphAnswer.Error("BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."));
        }

        // OData annotations (the SDK writes @odata.type) are not properties of the event.
        var changed = patch.Where(p => !p.Key.StartsWith('@')).ToList();
        if (changed.FirstOrDefault(p => !Movable.Contains(p.Key, StringComparer.OrdinalIgnoreCase)) is { Key: { } other })
            return (501, GraphAnswer.Error("LoopbackGraphUnsupported", $"The loopback Graph moves events (start, end) only; it does not update '{other}'."));

        var times = new Dictionary<string, (string DateTime, string TimeZone, DateTimeOffset Instant)>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Movable)
        {
            var given = changed.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).ToList();
            var node = given.Count > 0 ? given[0] : stored[name];
            if (Read(node, name, out var time) is { } refusal)
                return refusal;
            times[name] = time;
        }

        if (times["end"].Instant < times["start"].Instant)
            return (400, GraphAnswer.Error("ErrorCalendarEndDateIsEarlierThanStartDate", "The end date occurs before the start date."));

        foreach (var (name, time) in times)
            stored[name] = new JsonObject { ["dateTime"] = time.DateTime, ["timeZone"] = time.TimeZone };

        // Every change gives the item a new change key, and so a new etag.
        stored["@odata.etag"] = $"W/\"{Convert.ToBase64String(Guid.NewGuid().ToByteArray())}\"";
        return (200, stored.ToJsonString());
    }

    private static (int, string)? Read(JsonNode? node, string name, out (string DateTime, string TimeZone, DateTimeOffset Instant) time)
    {
        time = default;
        if (node is not JsonObject value)
            return (400, GraphAnswer.Error("BadRequest", $"The property '{name}' must be a dateTimeTimeZone object."));

        var zoneName = Text(value["timeZone"]);
        if (zoneName is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone))
            return (400, GraphAnswer.Error("TimeZoneNotSupportedException", $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zoneName}'."));

        var text = Text(value["dateTime"]);
        if (text is null || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return (400, GraphAnswer.Error("BadRequest", $"The value '{text}' of '{name}.dateTime' is not a date and time."));

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        time = (text, zoneName, new DateTimeOffset(utc, TimeSpan.Zero));
        return null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
