using System.Net;
using System.Security.Claims;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Rest.TransientFaultHandling;

namespace MentorBot.Tests.Messaging;

/// <summary>
/// Finds out, against a real HTTP server, whether the Bot Framework's ConnectorClient retries failed requests by
/// itself. It does not (one request per call, whatever the status), which is why ProactiveMessenger's retries are
/// the only ones. If an SDK upgrade adds retries these tests fail, and attempts would multiply: revisit then.
/// </summary>
public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task ConnectorClient_MakesExactlyOneRequest_WhenTheConnectorFails(HttpStatusCode status)
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        _connector.FailNext(conversationId, new ScriptedFailure(status, RetryAfter: "0"));
        var factory = Authentication().CreateConnectorFactory(BotIdentity());
        using var client = await factory.CreateAsync(_connector.ServiceUrl.ToString(), audience: null!, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() =>
            client.Conversations.SendToConversationAsync(conversationId, MessageFactory.Text("hello") as Activity));

        // A retry would have got the success queued behind the failure and returned normally.
        Assert.Equal(status, error.Response.StatusCode);
        Assert.Single(_connector.RequestsIn(conversationId));
        Assert.Empty(_connector.ActivitiesIn(conversationId));
    }

    /// <summary>
    /// The contrast that shows these tests can see retries: a ConnectorClient that builds its own HttpClient gets
    /// Microsoft.Rest's RetryDelegatingHandler and does retry. The SDK's ConnectorFactory passes an HttpClient in,
    /// so the clients CloudAdapter uses never get that handler.
    /// </summary>
    [Fact]
    public async Task ConnectorClient_BuiltWithoutAnHttpClient_RetriesOnItsOwn()
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        _connector.FailNext(conversationId, ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable());
        using var client = new ConnectorClient(_connector.ServiceUrl, MicrosoftAppCredentials.Empty);

        // Same handler, shorter waits: its default policy would spend seconds backing off.
        client.SetRetryPolicy(new RetryPolicy<HttpStatusCodeErrorDetectionStrategy>(
            new ExponentialBackoffRetryStrategy(3, TimeSpan.Zero, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(5))));

        await client.Conversations.SendToConversationAsync(conversationId, MessageFactory.Text("hello") as Activity);

        Assert.Equal([503, 503, 200], _connector.RequestsIn(conversationId).Select(r => r.Status));
    }

    [Fact]
    public async Task CloudAdapterProactiveSend_MakesExactlyOneRequest_WhenTheConnectorAnswers503()
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        _connector.FailNext(conversationId, ScriptedFailure.ServiceUnavailable());
        var adapter = new CloudAdapter(Authentication());
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl.ToString(),
            Conversation = new ConversationAccount(id: conversationId),
            Bot = new ChannelAccount(TeamsActivities.BotId),
            User = new ChannelAccount("29:1user"),
        };
        Exception? failure = null;

        await adapter.ContinueConversationAsync(string.Empty, reference, async (turn, cancellationToken) =>
        {
            try
            {
                await turn.SendActivityAsync("hello", cancellationToken: cancellationToken);
            }
            catch (ErrorResponseException e)
            {
                failure = e;
            }
        }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, Assert.IsType<ErrorResponseException>(failure).Response.StatusCode);
        Assert.Single(_connector.RequestsIn(conversationId));
    }

    private static ConfigurationBotFrameworkAuthentication Authentication() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty }).Build());

    private static ClaimsIdentity BotIdentity() => new(
    [
        new Claim(AuthenticationConstants.AudienceClaim, string.Empty),
        new Claim(AuthenticationConstants.AppIdClaim, string.Empty),
    ]);
}
