using System.Net;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration;

/// <summary>
/// /api/messages as a client on the network sees it: served by Kestrel on loopback, and answering input Teams would
/// never send with a clear 400 or a quiet 200, never a 500.
/// </summary>
public sealed class MessagesEndpointTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    [Fact]
    public async Task Endpoint_IsServedByKestrel_OnRealLoopback()
    {
        using var factoryClient = host.App.CreateClient();
        using var plainClient = new HttpClient { BaseAddress = factoryClient.BaseAddress };
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        using var content = new StringContent(TeamsActivities.Message(user, host.ServiceUrl, "help").ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        using var response = await plainClient.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal("127.0.0.1", plainClient.BaseAddress!.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"type\": 42}")]
    public async Task NotAnActivity_IsRefusedWith400(string body)
    {
        using var response = await host.App.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task ActivityWithoutARequiredPart_IsRefusedWith400_AndNothingIsSent(string missing)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var activity = TeamsActivities.Message(user, host.ServiceUrl, "help");
        activity.Remove(missing);

        using var response = await host.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(missing, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(host.Connector.RequestsIn(user.ConversationId));
    }

    [Fact]
    public async Task InvalidServiceUrl_IsRefusedWith400()
    {
        var activity = TeamsActivities.Message(TeamsUser.New(Guid.NewGuid().ToString()), host.ServiceUrl, "help");
        activity["serviceUrl"] = "not a url";

        using var response = await host.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcceptedAndIgnored()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());

        using var response = await host.App.PostActivityAsync(TeamsActivities.Base("somethingTeamsInventsLater", user, host.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.RequestsIn(user.ConversationId));
        Assert.Contains(host.App.Logs.Entries, e => e.Message.Contains("unknown type somethingTeamsInventsLater", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageWithNeitherTextNorValue_GetsTheEmptyHint_NotAnError()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());

        using var response = await host.App.PostActivityAsync(TeamsActivities.Base("message", user, host.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal("Sorry, I did not understand that. Type help to see what I can do.", reply.Text);
    }
}
