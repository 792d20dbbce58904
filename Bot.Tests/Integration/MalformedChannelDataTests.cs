using System.Net;
using System.Text.Json.Nodes;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Integration;

/// <summary>
/// Found by the fuzzer: Teams channel data of the wrong shape (<c>"tenant": []</c>) made the SDK's Teams handler throw
/// on a message update, so the turn ended as a logged server error. Such an activity is refused before any handler
/// runs: a 400 for an invoke, nothing sent otherwise, and no error in the log.
/// </summary>
public sealed class MalformedChannelDataTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    [Theory]
    [InlineData("messageUpdate", "tenant", "[]")]
    [InlineData("message", "tenant", "42")]
    [InlineData("message", "team", "\"not a team\"")]
    public async Task ChannelDataOfTheWrongShape_IsRefused_WithoutAnErrorLogged(string type, string field, string forged)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var activity = TeamsActivities.Message(user, host.ServiceUrl, "my data");
        activity["type"] = type;
        activity["channelData"]![field] = JsonNode.Parse(forged);

        using var response = await host.App.PostActivityAsync(activity);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"status {response.StatusCode}");
        Assert.DoesNotContain(host.App.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(host.App.Logs.Entries, e => e.Message.Contains("channel data cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnInvokeWithChannelDataOfTheWrongShape_IsAnswered400()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var activity = TeamsActivities.Message(user, host.ServiceUrl, string.Empty);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "deleteMyData", ["data"] = new JsonObject() } };
        activity["channelData"]!["tenant"] = new JsonArray();

        using var response = await host.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
