using System.Net;
using System.Text;
using MentorBot.Messaging;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace MentorBot.Tests.Messaging;

/// <summary>How each answer of the Bot Connector is read: retry, mark the user unreachable, or give up.</summary>
public sealed class ConnectorFailureTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 31, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void ServerSideAndThrottling_AreTransient(int status) =>
        Assert.Equal(ConnectorFailureKind.Transient, ConnectorFailure.From(Error(status), Now).Kind);

    [Theory]
    [InlineData("MessageWritesBlocked")]
    [InlineData("ConversationBlockedByUser")]
    public void Forbidden_ForABlockedUser_IsUnreachable(string code) =>
        Assert.Equal(ConnectorFailureKind.Unreachable, ConnectorFailure.From(Error(403, code), Now).Kind);

    [Theory]
    [InlineData(403, "BotDisabledByAdmin")]
    [InlineData(403, null)]
    [InlineData(400, "BadArgument")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public void OtherRefusals_ArePermanent(int status, string? code) =>
        Assert.Equal(ConnectorFailureKind.Permanent, ConnectorFailure.From(Error(status, code), Now).Kind);

    [Fact]
    public void RetryAfter_IsReadFromTheResponse()
    {
        var failure = ConnectorFailure.From(Error(429, "TooManyRequests", retryAfter: "3"), Now);

        Assert.Equal(TimeSpan.FromSeconds(3), failure.RetryAfter);
        Assert.Equal(429, failure.StatusCode);
        Assert.Equal("TooManyRequests", failure.ErrorCode);
    }

    [Fact]
    public void NetworkErrorsAndTimeouts_AreTransient()
    {
        Assert.Equal(ConnectorFailureKind.Transient, ConnectorFailure.From(new HttpRequestException("connection refused"), Now).Kind);
        Assert.Equal(ConnectorFailureKind.Transient, ConnectorFailure.From(new TaskCanceledException(), Now).Kind);
    }

    [Fact]
    public void UnexpectedExceptions_ArePermanent() =>
        Assert.Equal(ConnectorFailureKind.Permanent, ConnectorFailure.From(new InvalidOperationException("bug"), Now).Kind);

    private static ErrorResponseException Error(int status, string? code = null, string? retryAfter = null)
    {
        var body = code is null ? string.Empty : $$$"""{"error":{"code":"{{{code}}}","message":"m"}}""";
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (retryAfter is not null)
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return new ErrorResponseException($"Operation returned an invalid status code '{status}'")
        {
            Response = new HttpResponseMessageWrapper(response, body),
            Body = code is null ? null : new ErrorResponse(new Error(code, "m")),
        };
    }
}
