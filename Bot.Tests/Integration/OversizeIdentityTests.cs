using System.Net;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Integration;

/// <summary>
/// Found by the fuzzer: a tenant or Entra object id thousands of characters long was used as a storage key, and the
/// store's key rules failed the turn (an error in the log, an apology to the user). Such an id is no identity: the
/// sender is answered as someone without one, and nothing is logged as an error.
/// </summary>
public sealed class OversizeIdentityTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    [Theory]
    [InlineData("conversation", "tenantId")]
    [InlineData("from", "aadObjectId")]
    public async Task AnIdNoRecordCanHave_IsNoIdentity_AndTheTurnDoesNotFail(string part, string field)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var activity = TeamsActivities.Message(user, host.ServiceUrl, "my data");
        activity[part]![field] = new string('x', 4000) + "\u202E";

        using var response = await host.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain("something went wrong", reply.Text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.App.Logs.Entries, e => e.Level >= LogLevel.Error && e.Message.Contains(user.ConversationId, StringComparison.Ordinal));
    }
}
