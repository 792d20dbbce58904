using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Messaging;

/// <summary>
/// Posts in a team channel through the same messenger and outbox as personal messages: the team's stored reference
/// pointed at the channel, claimed once per key, rate-limited per channel conversation, retried from the outbox, and
/// settled unreachable once the bot left the team. Through the real adapter to the loopback connector.
/// </summary>
public sealed class ChannelPostTests
{
    private const string Tenant = "tenant-1";
    private const string TeamId = "19:team-general@thread.tacv2";
    private const string DigestChannel = "19:digests@thread.tacv2";

    [Fact]
    public async Task ChannelPost_LandsInTheChannelConversation_OncePerKey()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);

        var first = await rig.Messenger.SendAsync(Post(), CancellationToken.None);
        var again = await rig.Messenger.SendAsync(Post(), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, first.Outcome);
        Assert.Equal(SendOutcome.AlreadySent, again.Outcome);
        var activity = Assert.Single(rig.Connector.ActivitiesIn(DigestChannel));
        Assert.Equal("digest for the channel", activity.Text);
        Assert.Null(activity.ReplyToId);
        Assert.Empty(rig.Connector.ActivitiesIn(TeamId));
        var entry = await rig.Ledger.GetAsync(Tenant, Recipient.Channel(TeamId, DigestChannel).Address, Post().Key, CancellationToken.None);
        Assert.Equal(OutboxState.Sent, entry!.State);
        Assert.Null(entry.UserObjectId);
        Assert.Equal((TeamId, DigestChannel), (entry.TeamId, entry.ChannelId));
    }

    [Fact]
    public async Task ChannelPost_InTheGeneralChannel_UsesTheTeamsId()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);

        Assert.Equal(SendOutcome.Sent, (await rig.Messenger.SendAsync(Post(TeamId), CancellationToken.None)).Outcome);

        Assert.Single(rig.Connector.ActivitiesIn(TeamId));
    }

    [Fact]
    public async Task EighthPostInOneSecond_IsDeferred_ThenSentByTheOutbox_WhileAPersonalChatIsNotHeldUp()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);
        var user = await rig.InstalledUserAsync(Tenant);

        var results = new List<SendResult>();
        for (var i = 1; i <= 8; i++)
            results.Add(await rig.Messenger.SendAsync(Post(period: $"2026-W{i:00}"), CancellationToken.None));
        var personal = await rig.Messenger.SendAsync(new OutgoingMessage(Tenant, user.ObjectId, IdempotencyKey.For("digest", "p-1", "2026-W01"), "for you"), CancellationToken.None);

        Assert.All(results.Take(7), r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        Assert.Equal(SendOutcome.Deferred, results[7].Outcome);
        Assert.Equal(SendOutcome.Sent, personal.Outcome);
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        Assert.Equal(8, rig.Connector.ActivitiesIn(DigestChannel).Count);
        Assert.Equal(8, rig.Connector.RequestsIn(DigestChannel).Count);
    }

    [Fact]
    public async Task TransientFailure_StaysInTheOutbox_AndIsRetriedToTheChannel()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);
        rig.Connector.FailNext(DigestChannel, ScriptedFailure.ServiceUnavailable());

        Assert.Equal(SendOutcome.Deferred, (await rig.Messenger.SendAsync(Post(), CancellationToken.None)).Outcome);
        Assert.Equal(OutboxState.Pending, (await rig.Ledger.GetAsync(Tenant, Recipient.Channel(TeamId, DigestChannel).Address, Post().Key, CancellationToken.None))!.State);
        rig.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await rig.Messenger.RetryDueAsync(CancellationToken.None));

        Assert.Equal([503, 200], rig.Connector.RequestsIn(DigestChannel).Select(r => r.Status));
        Assert.Single(rig.Connector.ActivitiesIn(DigestChannel));
        Assert.Equal(SendOutcome.AlreadySent, (await rig.Messenger.SendAsync(Post(), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task PostAfterTheBotWasRemovedFromTheTeam_SettlesUnreachable_WithoutARequest()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);
        Assert.True(await rig.Teams.ForgetAsync(Tenant, TeamId, CancellationToken.None));

        var result = await rig.Messenger.SendAsync(Post(), CancellationToken.None);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Empty(rig.Connector.Requests);
        Assert.Equal(0, await rig.Messenger.RetryDueAsync(CancellationToken.None));
        Assert.Equal(OutboxState.Unreachable, (await rig.Ledger.GetAsync(Tenant, Recipient.Channel(TeamId, DigestChannel).Address, Post().Key, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task PostToAChannelTheTeamNoLongerHas_SettlesUnreachable()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);

        var result = await rig.Messenger.SendAsync(Post("19:deleted@thread.tacv2"), CancellationToken.None);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Empty(rig.Connector.Requests);
    }

    [Fact]
    public async Task AChannelAndAPersonWithTheSameKey_AreTwoMessages()
    {
        await using var rig = await MessengerRig.StartAsync();
        await RememberTeamAsync(rig);
        var user = await rig.InstalledUserAsync(Tenant);
        var key = IdempotencyKey.For("digest", "p-1", "2026-W49");

        Assert.Equal(SendOutcome.Sent, (await rig.Messenger.SendAsync(new OutgoingMessage(Tenant, Recipient.Channel(TeamId, DigestChannel), key, "team"), CancellationToken.None)).Outcome);
        Assert.Equal(SendOutcome.Sent, (await rig.Messenger.SendAsync(new OutgoingMessage(Tenant, user.ObjectId, key, "person"), CancellationToken.None)).Outcome);

        Assert.Single(rig.Connector.ActivitiesIn(DigestChannel));
        Assert.Single(rig.Connector.ActivitiesIn(user.ConversationId));
    }

    private static OutgoingMessage Post(string channelId = DigestChannel, string period = "2026-W49") =>
        new(Tenant, Recipient.Channel(TeamId, channelId), IdempotencyKey.For("digest", "p-1", period), text: "digest for the channel");

    private static Task RememberTeamAsync(MessengerRig rig) => rig.Teams.RememberAsync(
        new TeamRecord
        {
            TenantId = Tenant,
            TeamId = TeamId,
            TeamName = "Mentoring",
            Reference = new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = rig.Connector.ServiceUrl.ToString(),
                Bot = new ChannelAccount("28:bot", "MentorBot"),
                Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: TeamId, tenantId: Tenant),
            },
            Channels = [new TeamChannelEntry(TeamId, null), new TeamChannelEntry(DigestChannel, "Digests")],
        },
        CancellationToken.None);
}
