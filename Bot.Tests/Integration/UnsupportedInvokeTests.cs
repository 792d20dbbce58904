using System.Net;
using System.Text.Json.Nodes;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration;

/// <summary>
/// Found by the fuzzer: an invoke MentorBot does not offer (none of these is in its manifest) was answered 501 by the
/// SDK, a server error for what is the client's mistake. It is refused with 400, and nothing is sent to the user.
/// </summary>
public sealed class UnsupportedInvokeTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    [Theory]
    [InlineData("task/fetch")]
    [InlineData("task/submit")]
    [InlineData("composeExtension/query")]
    [InlineData("actionableMessage/executeAction")]
    [InlineData("adaptiveCard/action ")]
    [InlineData("")]
    public async Task AnInvokeTheBotDoesNotOffer_IsRefusedWith400_NotA5xx(string name)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var invoke = TeamsActivities.Base("invoke", user, host.ServiceUrl);
        invoke["name"] = name;
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "join", ["data"] = new JsonObject() } };

        using var response = await host.App.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Connector.ActivitiesIn(user.ConversationId));
    }
}
