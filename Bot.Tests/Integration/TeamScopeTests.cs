using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration;

/// <summary>
/// The bot in a team, through /api/messages and the loopback connector: what an @mention posts in a channel, where
/// the next proactive message goes, and which channels a team install remembers.
/// </summary>
public sealed class TeamScopeTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private ITeamChannels TeamChannels => host.App.Services.GetRequiredService<ITeamChannels>();

    [Fact]
    public async Task MyData_MentionedInAChannel_PostsOnlyALink_AndTheNextMessageReachesThePersonalChat()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        await host.InstallAsync(user, Timeout);
        var team = NewThreadId();
        var mention = TeamsActivities.InChannel(TeamsActivities.Message(user, host.ServiceUrl, "<at>MentorBot</at> my data"), team, team);
        var thread = mention["conversation"]!["id"]!.GetValue<string>();

        using (var response = await host.App.PostActivityAsync(mention))
            response.EnsureSuccessStatusCode();

        var posted = Assert.Single(await host.Connector.WaitForActivitiesAsync(thread, 1, Timeout));
        Assert.Empty(posted.Attachments ?? []);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=" + TeamsActivities.BotId, posted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(user.ObjectId, posted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Connector.RequestsIn(thread), r => r.Body.Contains(user.ConversationId, StringComparison.Ordinal));

        var offer = new OutgoingMessage(user.TenantId, user.ObjectId, IdempotencyKey.For("offer", user.ObjectId, "p-1"), text: "Ines Mentor offers to mentor you");
        var sent = await host.App.Services.GetRequiredService<IMessenger>().SendAsync(offer, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, sent.Outcome);
        Assert.Contains(host.Connector.ActivitiesIn(user.ConversationId), a => a.Text == offer.Text);
        Assert.DoesNotContain(host.Connector.Requests, r => r.Body.Contains(offer.Text!, StringComparison.Ordinal) && r.ConversationId != user.ConversationId);
    }

    [Fact]
    public async Task AddingTheBotToATeam_RemembersTheChannelsTeamsLists_AndRemovingItForgetsThem()
    {
        var installer = TeamsUser.New(Guid.NewGuid().ToString());
        var team = NewThreadId();
        var mentoring = NewThreadId();
        host.Connector.RegisterTeamChannels(team, (team, null), (mentoring, "Mentoring"));

        using (var response = await host.App.PostActivityAsync(TeamsActivities.BotAddedToTeam(installer, host.ServiceUrl, team)))
            response.EnsureSuccessStatusCode();

        var channels = await TeamChannels.ForTenantAsync(installer.TenantId, CancellationToken.None);
        Assert.Equal([(team, null), (mentoring, "Mentoring")], channels.Select(c => (c.ChannelId, c.ChannelName)));
        Assert.All(channels, c => Assert.Equal((team, "Data guild"), (c.TeamId, c.TeamName)));
        var stored = await host.App.Services.GetRequiredService<TeamChannelStore>().GetAsync(installer.TenantId, team, CancellationToken.None);
        Assert.Equal(host.ServiceUrl.ToString(), stored!.ReferenceFor(mentoring).ServiceUrl);
        Assert.Null(await host.App.Services.GetRequiredService<ConversationReferences>().GetAsync(installer.TenantId, installer.ObjectId, CancellationToken.None));

        using (var response = await host.App.PostActivityAsync(TeamsActivities.BotAddedToTeam(installer, host.ServiceUrl, team, removed: true)))
            response.EnsureSuccessStatusCode();

        Assert.Empty(await TeamChannels.ForTenantAsync(installer.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task AddingTheBotToATeam_WhenTeamsWillNotListItsChannels_RemembersGeneral_AndTheInstallSucceeds()
    {
        var installer = TeamsUser.New(Guid.NewGuid().ToString());
        var team = NewThreadId();

        using (var response = await host.App.PostActivityAsync(TeamsActivities.BotAddedToTeam(installer, host.ServiceUrl, team)))
            response.EnsureSuccessStatusCode();

        Assert.Contains(host.Connector.Requests, r => r.Method == "GET" && r.Path.StartsWith("/v3/teams/", StringComparison.Ordinal) && r.Status == 404);
        var general = Assert.Single(await TeamChannels.ForTenantAsync(installer.TenantId, CancellationToken.None));
        Assert.Equal((team, team, true), (general.TeamId, general.ChannelId, general.IsGeneral));
    }

    private static string NewThreadId() => $"19:{Guid.NewGuid():N}@thread.tacv2";
}
