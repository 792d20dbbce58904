using System.Text;
using MentorBot.Teams;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;

namespace MentorBot.Tests.Messaging;

/// <summary>
/// Incoming turns reply through the shared connector client, as proactive sends do: the CloudAdapter makes a turn's
/// client from the factory in the authentication result, so a wrapper that only shared CreateConnectorFactory's
/// clients left every reply building a new client and its JSON contract resolver (the load benchmark's cliff).
/// Real SDK adapter and authentication (auth off, as in Development), replies to a loopback connector.
/// </summary>
public sealed class SharedConnectorClientsTests : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Turns_ReplyThroughOneConnectorClient_AndItOutlivesEachTurn()
    {
        var adapter = new CloudAdapter(new SharedConnectorClients(Authentication()));
        var conversationId = $"a:{Guid.NewGuid():N}";
        var settings = new List<object>();

        for (var i = 0; i < 3; i++)
        {
            var reply = $"reply {i}";
            await PostAsync(adapter, Incoming(conversationId, $"hello {i}"), async (turn, cancellationToken) =>
            {
                settings.Add(turn.TurnState.Get<IConnectorClient>().SerializationSettings);
                await turn.SendActivityAsync(reply, cancellationToken: cancellationToken);
            });
        }

        // One client, so one set of serializer settings (and one contract resolver); still open after the turns
        // that used it ended, since every reply arrived.
        Assert.Equal(3, settings.Count);
        Assert.All(settings, s => Assert.Same(settings[0], s));
        Assert.Equal(["reply 0", "reply 1", "reply 2"], (await _connector.WaitForActivitiesAsync(conversationId, 3, TimeSpan.FromSeconds(10))).Select(a => a.Text));
    }

    [Fact]
    public async Task Turns_WithoutTheWrapper_EachBuildTheirOwnClient()
    {
        // The contrast that shows the test above can fail: the SDK on its own gives each turn a new client.
        var adapter = new CloudAdapter(Authentication());
        var conversationId = $"a:{Guid.NewGuid():N}";
        var settings = new List<object>();

        for (var i = 0; i < 2; i++)
        {
            await PostAsync(adapter, Incoming(conversationId, $"hello {i}"), (turn, _) =>
            {
                settings.Add(turn.TurnState.Get<IConnectorClient>().SerializationSettings);
                return Task.CompletedTask;
            });
        }

        Assert.NotSame(settings[0], settings[1]);
    }

    // As /api/messages hands a request to the adapter: the path that authenticates it (no Authorization header, auth off).
    private static async Task PostAsync(CloudAdapter adapter, Activity activity, BotCallbackHandler onTurn)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));
        context.Response.Body = new MemoryStream();
        await adapter.ProcessAsync(context.Request, context.Response, new Turns(onTurn), CancellationToken.None);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    private sealed class Turns(BotCallbackHandler onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
    }

    private Activity Incoming(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = _connector.ServiceUrl.ToString(),
        Conversation = new ConversationAccount(id: conversationId, conversationType: "personal"),
        From = new ChannelAccount("29:1user"),
        Recipient = new ChannelAccount(TeamsActivities.BotId),
        Text = text,
    };

    private static ConfigurationBotFrameworkAuthentication Authentication() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty }).Build());
}
