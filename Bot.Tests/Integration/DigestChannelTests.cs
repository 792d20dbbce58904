using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Tests.Conversations;
using TeamsUser = MentorBot.Tests.Infrastructure.TeamsUser;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration;

/// <summary>
/// A digest to a team channel, end to end through /api/messages and the loopback connector: the bot is added to a
/// team, the lead picks one of its channels in the programme form, and the scheduled digest lands in that channel's
/// conversation once, not in the General channel nor in the lead's chat.
/// </summary>
public sealed class DigestChannelTests(DigestChannelTests.Host host) : IClassFixture<DigestChannelTests.Host>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private static readonly TeamsUser Lead = TeamsUser.New(Guid.NewGuid().ToString());

    [Fact]
    public async Task BotAddedToATeam_ChannelChosenInTheForm_TheDigestLandsInThatChannel_Once()
    {
        await host.InstallAsync(Lead, Timeout);
        var team = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        var digests = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        host.Connector.RegisterTeamChannels(team, (team, null), (digests, "Digests"));
        using (var added = await host.App.PostActivityAsync(TeamsActivities.BotAddedToTeam(Lead, host.ServiceUrl, team)))
            added.EnsureSuccessStatusCode();

        // The lead asks for the form in their personal chat; it offers the new team's channels.
        using (var asked = await host.App.PostActivityAsync(TeamsActivities.Message(Lead, host.ServiceUrl, "new programme")))
            asked.EnsureSuccessStatusCode();
        var form = CardReader.AdaptiveCard((await host.Connector.WaitForActivitiesAsync(Lead.ConversationId, 2, Timeout))[^1]);
        Assert.Contains("Data guild › Digests", form.ToString(), StringComparison.Ordinal);

        // Started a month ago, so this week's Monday digest (at hour 0, see the host's settings) is already due.
        var start = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var submit = form.Submit(new { name = "Channel digest programme", startDate = start, digestChannel = digests });
        using (var saved = await host.App.PostActivityAsync(TeamsActivities.CardSubmit(Lead, host.ServiceUrl, JsonNode.Parse(submit.ToString())!.AsObject())))
            saved.EnsureSuccessStatusCode();
        var answer = (await host.Connector.WaitForActivitiesAsync(Lead.ConversationId, 3, Timeout))[^1];
        Assert.Contains("is created", answer.Text, StringComparison.Ordinal);
        var programme = await ProgrammeAsync("Channel digest programme");
        Assert.Equal((digests, team), (programme.Digest.ChannelId, programme.Digest.TeamId));

        await host.App.Services.GetRequiredService<DigestDispatchJob>().RunAsync(CancellationToken.None);
        await host.App.Services.GetRequiredService<DigestDispatchJob>().RunAsync(CancellationToken.None);

        var posted = Assert.Single(await host.Connector.WaitForActivitiesAsync(digests, 1, Timeout));
        Assert.NotNull(CardReader.AdaptiveCard(posted));
        Assert.Null(posted.ReplyToId);
        Assert.Empty(host.Connector.ActivitiesIn(team));
        Assert.Equal(3, host.Connector.ActivitiesIn(Lead.ConversationId).Count);
        Assert.Single(host.Connector.RequestsIn(digests));
    }

    private async Task<Programme> ProgrammeAsync(string name)
    {
        await foreach (var programme in host.App.Services.GetRequiredService<ProgrammeStore>().ListAsync(CancellationToken.None))
        {
            if (programme.Name == name)
                return programme;
        }

        throw new Xunit.Sdk.XunitException($"No programme {name}.");
    }

    /// <summary>The host with the lead allowed to create programmes and digests due from midnight.</summary>
    public sealed class Host() : MentorBotHost(new Dictionary<string, string?>
    {
        ["MentorBot:Leads:0"] = Lead.ObjectId,
        ["MentorBot:LeadsTenantId"] = Lead.TenantId,
        ["Digests:LocalHour"] = "0",
    });
}
