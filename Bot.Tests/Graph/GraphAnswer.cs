using System.Text.Json.Nodes;

namespace MentorBot.Tests.Graph;

/// <summary>
/// A scripted answer of the <see cref="Infrastructure.LoopbackGraph"/>, given instead of the normal one: a status,
/// a body (Graph's error shape for failures) and a Retry-After header. With <see cref="AfterHandling"/> the request
/// is handled first (an event is created) and only the answer is lost, as when Graph fails after doing the work.
/// </summary>
public sealed record GraphAnswer(int Status, string Body, string? RetryAfter = null, bool AfterHandling = false)
{
    public static GraphAnswer TooManyRequests(string retryAfter) => new(429, Error("TooManyRequests", "Application is over its MailboxConcurrency limit."), retryAfter);

    public static GraphAnswer ServiceUnavailable(string? retryAfter = "0") => new(503, Error("ServiceUnavailable", "Service unavailable."), retryAfter);

    /// <summary>What Graph answers an app whose permissions an administrator has not consented.</summary>
    public static GraphAnswer Forbidden() => new(403, Error("ErrorAccessDenied", "Access is denied. Check credentials and try again."));

    /// <summary>What Graph answers for an event id that is not (or no longer) in the mailbox.</summary>
    public static GraphAnswer ItemNotFound() => new(404, Error("ErrorItemNotFound", "The specified object was not found in the store."));

    /// <summary>A 200 whose body is cut short: not JSON.</summary>
    public static GraphAnswer Truncated() => new(200, """{"value":[{"scheduleId":"someone@contoso.com","availabilityView":"00""");

    public static GraphAnswer Ok(string json) => new(200, json);

    public static string Error(string code, string message) => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject { ["date"] = "2027-03-15T09:00:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
        },
    }.ToJsonString();
}
