using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// Where the bot writes to someone (their conversation reference) is their personal chat, whatever they do in a team
/// or group chat; and a team the bot is added to is remembered by its channels, without whoever added it.
/// </summary>
public sealed class PersonalAddressTests : IAsyncLifetime
{
    private readonly BotHarness _bot = new();
    private readonly TeamsUser _user = TeamsUser.Create("Noor Member");

    private ConversationReferences References => _bot.Services.GetRequiredService<ConversationReferences>();

    private ITeamChannels TeamChannels => _bot.Services.GetRequiredService<ITeamChannels>();

    public async Task InitializeAsync()
    {
        var install = _user.Activity(ActivityTypes.InstallationUpdate);
        install.Action = "add";
        await _bot.ProcessAsync(install);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task MessagesInAChannelAndAGroupChat_LeaveThePersonalAddressAsItWas()
    {
        var before = await StoredAddressAsync(_user);
        Assert.Equal("a:" + _user.ObjectId, (await References.GetAsync(_user.TenantId, _user.ObjectId, default))!.Reference.Conversation.Id);

        foreach (var activity in new[] { _user.InChannel(ActivityTypes.Message), _user.InGroupChat(ActivityTypes.Message) })
        {
            activity.Text = "<at>MentorBot</at> help";
            await _bot.ProcessAsync(activity);
        }

        Assert.Equal(before, await StoredAddressAsync(_user));
    }

    [Fact]
    public async Task CardPressInAChannel_LeavesThePersonalAddressAsItWas()
    {
        var before = await StoredAddressAsync(_user);
        var press = _user.InChannel(ActivityTypes.Invoke);
        press.Name = "adaptiveCard/action";
        press.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "join", data = new { verb = "join", role = "mentee" } } });

        await _bot.ProcessAsync(press);

        Assert.Equal(before, await StoredAddressAsync(_user));
    }

    [Fact]
    public async Task ChannelMessage_FromSomeoneWithoutAPersonalChat_StoresNoAddress()
    {
        var stranger = TeamsUser.Create("Sam Stranger");
        var activity = stranger.InChannel(ActivityTypes.Message);
        activity.Text = "<at>MentorBot</at> help";

        await _bot.ProcessAsync(activity);

        Assert.Null(await References.GetAsync(stranger.TenantId, stranger.ObjectId, default));
    }

    [Fact]
    public async Task RemovingTheBotFromATeam_KeepsThePersonalAddress_AndForgetsTheTeam()
    {
        var before = await StoredAddressAsync(_user);
        await _bot.ProcessAsync(TeamEvent(ActivityTypes.ConversationUpdate, added: true));
        Assert.NotEmpty(await TeamChannels.ForTenantAsync(_user.TenantId, default));

        await _bot.ProcessAsync(TeamEvent(ActivityTypes.ConversationUpdate, added: false));
        await _bot.ProcessAsync(TeamEvent(ActivityTypes.InstallationUpdate, added: false));

        Assert.Equal(before, await StoredAddressAsync(_user));
        Assert.Empty(await TeamChannels.ForTenantAsync(_user.TenantId, default));
    }

    [Fact]
    public async Task UninstallingFromThePersonalChat_ForgetsTheAddress()
    {
        var uninstall = _user.Activity(ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";

        await _bot.ProcessAsync(uninstall);

        Assert.Null(await References.GetAsync(_user.TenantId, _user.ObjectId, default));
    }

    [Theory]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    public async Task AddingTheBotToATeam_WhenTeamsCannotListItsChannels_RemembersGeneralAndTheChannelItCameFrom_ButNotWhoAddedIt(string type)
    {
        var stranger = TeamsUser.Create("Ola Owner");

        var replies = await _bot.ProcessAsync(TeamEvent(type, added: true, stranger));

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Message);
        var channels = await TeamChannels.ForTenantAsync(stranger.TenantId, default);
        Assert.Equal(
            [new TeamChannel(stranger.TenantId, TeamsUser.TeamId, "Data guild", TeamsUser.TeamId, null), new TeamChannel(stranger.TenantId, TeamsUser.TeamId, "Data guild", TeamsUser.TeamChannelId, "Mentoring")],
            channels);
        Assert.True(channels[0].IsGeneral);
        Assert.Null(await References.GetAsync(stranger.TenantId, stranger.ObjectId, default));
        Assert.Empty(await StoreInspection.EntitiesMentioningAsync(_bot.Services.GetRequiredService<IEntityStore>(), stranger.ObjectId));
    }

    [Fact]
    public async Task TeamRecord_PostsInEachChannelThroughItsServiceUrl()
    {
        await _bot.ProcessAsync(TeamEvent(ActivityTypes.InstallationUpdate, added: true));

        var team = await _bot.Services.GetRequiredService<TeamChannelStore>().GetAsync(_user.TenantId, TeamsUser.TeamId, default);
        var reference = team!.ReferenceFor(TeamsUser.TeamChannelId);

        Assert.Equal(("channel", TeamsUser.TeamChannelId, _user.TenantId), (reference.Conversation.ConversationType, reference.Conversation.Id, reference.Conversation.TenantId));
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("28:mentorbot", reference.Bot.Id);
        Assert.Null(reference.User);
    }

    // Teams' events when the bot is added to or removed from a team: installationUpdate, or conversationUpdate with
    // the bot among the members, sent in the channel it was added from.
    private Activity TeamEvent(string type, bool added, TeamsUser? by = null)
    {
        var activity = (by ?? _user).InChannel(type);
        activity.Conversation.Id = TeamsUser.TeamChannelId;
        if (type == ActivityTypes.InstallationUpdate)
        {
            activity.Action = added ? "add" : "remove";
        }
        else if (added)
        {
            activity.MembersAdded = [activity.Recipient];
        }
        else
        {
            activity.MembersRemoved = [activity.Recipient];
        }

        return activity;
    }

    private async Task<string?> StoredAddressAsync(TeamsUser user)
    {
        var record = await References.GetAsync(user.TenantId, user.ObjectId, default);
        return record is null ? null : JsonConvert.SerializeObject(record);
    }
}
