using System.Text.Json.Nodes;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Integration;

/// <summary>Commands and card buttons in the personal chat, through /api/messages, answered in the user's language.</summary>
public sealed class PersonalChatTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Help_AnswersWithTheHelpCard_ListingEveryCommand()
    {
        var reply = await SayAsync(TeamsUser.New(Guid.NewGuid().ToString()), "help");

        var texts = CardReader.Texts(CardReader.AdaptiveCard(reply));
        Assert.Equal("Here is what I can do", texts[0]);
        Assert.Contains("help", texts);
        Assert.Contains("join", texts);
    }

    [Fact]
    public async Task Aide_AnswersWithTheFrenchHelpCard_WhenTheLocaleIsFrench()
    {
        var reply = await SayAsync(TeamsUser.New(Guid.NewGuid().ToString(), "fr-FR"), "aide");

        var texts = CardReader.Texts(CardReader.AdaptiveCard(reply));
        Assert.Equal("Voici ce que je sais faire", texts[0]);
        Assert.Contains("aide", texts);
        Assert.Contains("rejoindre", texts);
    }

    [Fact]
    public async Task UnknownText_GetsAShortHintPointingToHelp()
    {
        var reply = await SayAsync(TeamsUser.New(Guid.NewGuid().ToString()), "what's the weather");

        Assert.Empty(reply.Attachments ?? []);
        Assert.Equal("Sorry, I did not understand “what's the weather”. Type help to see what I can do.", reply.Text);
    }

    [Theory]
    [InlineData("mentee", "en-US", "Thanks for wanting to join as a mentee!")]
    [InlineData("mentor", "en-US", "Thanks for offering to mentor!")]
    [InlineData("mentee", "fr-FR", "Merci de vouloir rejoindre le programme comme mentoré !")]
    public async Task JoinButton_AnswersThatOnboardingIsComing(string role, string locale, string expectedStart)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString(), locale);

        using var response = await host.App.PostActivityAsync(TeamsActivities.CardSubmit(user, host.ServiceUrl, new JsonObject { ["verb"] = "join", ["role"] = role }));

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout));
        Assert.StartsWith(expectedStart, reply.Text, StringComparison.Ordinal);
    }

    private async Task<Activity> SayAsync(TeamsUser user, string text)
    {
        using var response = await host.App.PostActivityAsync(TeamsActivities.Message(user, host.ServiceUrl, text));
        response.EnsureSuccessStatusCode();
        return Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout));
    }
}
