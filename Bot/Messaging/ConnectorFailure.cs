using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace MentorBot.Messaging;

/// <summary>A failed request to the Bot Connector, classified by what Teams documents for each status and error code.</summary>
public sealed record ConnectorFailure(ConnectorFailureKind Kind, int? StatusCode, string? ErrorCode, TimeSpan? RetryAfter, string Description)
{
    // Teams asks bots to retry 429 and also 412, 502 and 504 (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit);
    // 503 and 500 say nothing about the request itself, so they are retried as well.
    private static readonly HashSet<int> TransientStatuses = [412, 429, 500, 502, 503, 504];

    // 403 codes that mean "this user cannot be written to": they blocked the bot or it is no longer installed for them.
    private static readonly HashSet<string> UnreachableCodes = new(StringComparer.OrdinalIgnoreCase) { "MessageWritesBlocked", "ConversationBlockedByUser" };

    public static ConnectorFailure From(Exception exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ErrorResponseException e when e.Response is not null => FromResponse(e.Response, e.Body?.Error?.Code, now),
            HttpOperationException e when e.Response is not null => FromResponse(e.Response, null, now),
            HttpRequestException e => new(ConnectorFailureKind.Transient, null, null, null, $"network error: {e.Message}"),
            TimeoutException or OperationCanceledException => new(ConnectorFailureKind.Transient, null, null, null, "timed out"),
            _ => new(ConnectorFailureKind.Permanent, null, null, null, $"{exception.GetType().Name}: {exception.Message}"),
        };
    }

    private static ConnectorFailure FromResponse(HttpResponseMessageWrapper response, string? errorCode, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        var retryAfter = Backoff.ParseRetryAfter(Header(response, "Retry-After"), now);
        var description = $"HTTP {status}" + (errorCode is null ? string.Empty : $" {errorCode}");
        var kind = status == (int)HttpStatusCode.Forbidden && errorCode is not null && UnreachableCodes.Contains(errorCode)
            ? ConnectorFailureKind.Unreachable
            : TransientStatuses.Contains(status) ? ConnectorFailureKind.Transient : ConnectorFailureKind.Permanent;
        return new ConnectorFailure(kind, status, errorCode, retryAfter, description);
    }

    private static string? Header(HttpResponseMessageWrapper response, string name) =>
        response.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
