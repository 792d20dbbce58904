using System.Net;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A failure the <see cref="LoopbackConnector"/> answers instead of accepting an activity: a status, optionally a
/// Retry-After header and a Bot Framework error body (<c>{"error":{"code":…,"message":…}}</c>) as Teams sends them.
/// </summary>
public sealed record ScriptedFailure(HttpStatusCode Status, string? RetryAfter = null, string? ErrorCode = null)
{
    public static ScriptedFailure TooManyRequests(string? retryAfter = null) => new(HttpStatusCode.TooManyRequests, retryAfter, "TooManyRequests");

    public static ScriptedFailure ServiceUnavailable() => new(HttpStatusCode.ServiceUnavailable, null, "ServiceUnavailable");

    /// <summary>What Teams answers when the user blocked the bot or it is no longer installed for them.</summary>
    public static ScriptedFailure MessageWritesBlocked() => new(HttpStatusCode.Forbidden, null, "MessageWritesBlocked");
}
