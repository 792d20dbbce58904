using System.Text.Json;

namespace MentorBot.Teams;

/// <summary>
/// Checks a request to /api/messages before the adapter sees it, so malformed input gets a 400 that says
/// what is wrong instead of a 500 from deep inside the SDK. Returns null when the request may go on.
/// </summary>
public static class ActivityRequestGuard
{
    public static async Task<string?> CheckAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return $"The activity is larger than {maxBytes} bytes.";

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: maxBytes);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
        catch (IOException)
        {
            return $"The activity is larger than {maxBytes} bytes.";
        }
        finally
        {
            request.Body.Position = 0;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return "The body must be a JSON object (an activity).";
            if (!HasString(root, "type"))
                return "The activity has no type.";
            if (!root.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object || !HasString(from, "id"))
                return "The activity has no sender (from.id).";
            if (!root.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !HasString(conversation, "id"))
                return "The activity has no conversation (conversation.id).";
            if (!HasString(root, "serviceUrl") || !Uri.TryCreate(root.GetProperty("serviceUrl").GetString(), UriKind.Absolute, out _))
                return "The activity has no valid serviceUrl.";
        }

        return null;
    }

    private static bool HasString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;
}
