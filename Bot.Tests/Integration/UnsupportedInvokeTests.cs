using System.Net;
using System.Text.Json.Nodes;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Integration;

/// <summary>
/// Found by the fuzzer: an invoke MentorBot does not offer (none of these is in its manifest) was answered 501 by the
/// SDK, a server error for what is the client's mistake, and with a null or non-object value the SDK's handler threw,
/// which was logged as an unhandled turn error. It is refused with 400, nothing is logged as an error, nothing is sent.
/// </summary>
public sealed class UnsupportedInvokeTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    private const string Press = """{"action":{"type":"Action.Execute","verb":"join","data":{}}}""";

    [Theory]
    [InlineData("task/fetch", Press)]
    [InlineData("task/fetch", "null")]
    [InlineData("task/submit", "4")]
    [InlineData("composeExtension/query", Press)]
    [InlineData("actionableMessage/executeAction", "null")]
    [InlineData("adaptiveCard/action ", Press)]
    [InlineData("", Press)]
    public async Task AnInvokeTheBotDoesNotOffer_IsRefusedWith400_WithoutAnErrorLogged(string name, string value)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var invoke = TeamsActivities.Base("invoke", user, host.ServiceUrl);
        invoke["name"] = name;
        invoke["value"] = JsonNode.Parse(value);

        using var response = await host.App.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Connector.ActivitiesIn(user.ConversationId));
        Assert.DoesNotContain(host.App.Logs.Entries, e => e.Level >= LogLevel.Error && e.Message.Contains(user.ConversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnActionExecuteWithAValueThatIsNotAPress_IsStillRefusedWith400()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var invoke = TeamsActivities.Base("invoke", user, host.ServiceUrl);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = 4;

        using var response = await host.App.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
