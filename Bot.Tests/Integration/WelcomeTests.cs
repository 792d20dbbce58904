using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration;

/// <summary>Installing the bot: Teams sends installationUpdate and conversationUpdate; the user is greeted once.</summary>
public sealed class WelcomeTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Install_SendsExactlyOneWelcomeCard_WithBothJoinButtons()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());

        await PostOkAsync(TeamsActivities.InstallationAdded(user, host.ServiceUrl));
        await PostOkAsync(TeamsActivities.BotAdded(user, host.ServiceUrl));

        // Both turns completed before their POSTs returned, so nothing else is still on its way.
        var activity = Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout));
        var card = CardReader.AdaptiveCard(activity);
        Assert.Equal("1.5", card.Value<string>("version"));
        Assert.Equal("Welcome to MentorBot", CardReader.Texts(card)[0]);
        var buttons = CardReader.Actions(card);
        Assert.Equal(["Action.Submit", "Action.Submit"], buttons.Select(b => b.Value<string>("type")));
        Assert.Equal(["join", "join"], buttons.Select(b => b["data"]!.Value<string>("verb")));
        Assert.Equal(["mentee", "mentor"], buttons.Select(b => b["data"]!.Value<string>("role")));
    }

    [Fact]
    public async Task Install_WelcomesInFrench_WhenTheLocaleIsFrench()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString(), "fr-FR");

        await PostOkAsync(TeamsActivities.InstallationAdded(user, host.ServiceUrl));
        await PostOkAsync(TeamsActivities.BotAdded(user, host.ServiceUrl));

        var card = CardReader.AdaptiveCard(Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout)));
        Assert.Equal("Bienvenue dans MentorBot", CardReader.Texts(card)[0]);
        Assert.Equal(["Rejoindre comme mentoré", "Rejoindre comme mentor"], CardReader.Actions(card).Select(b => b.Value<string>("title")));
    }

    [Fact]
    public async Task Reinstall_DoesNotGreetTwice_WhenOnlyConversationUpdateRepeats()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());

        await PostOkAsync(TeamsActivities.BotAdded(user, host.ServiceUrl));
        await PostOkAsync(TeamsActivities.BotAdded(user, host.ServiceUrl));
        await PostOkAsync(TeamsActivities.InstallationAdded(user, host.ServiceUrl));

        Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout));
    }

    private async Task PostOkAsync(System.Text.Json.Nodes.JsonObject activity)
    {
        using var response = await host.App.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
