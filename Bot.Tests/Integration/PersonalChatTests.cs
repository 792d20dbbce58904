using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

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
    [InlineData("mentee", "en-US", "Great, let's get you set up as a mentee.", "About you")]
    [InlineData("mentor", "en-US", "Thank you for mentoring!", "About you")]
    [InlineData("mentee", "fr-FR", "Parfait, inscrivons-vous comme mentoré.", "À propos de vous")]
    public async Task JoinButton_OverApiMessages_StartsOnboardingInTheUsersLanguage(string role, string locale, string intro, string firstCard)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString(), locale);
        await host.App.Services.GetRequiredService<ProgrammeStore>().SaveAsync(
            new Programme
            {
                Id = "p-" + Guid.NewGuid().ToString("N")[..8],
                Name = "Data mentoring",
                TenantId = user.TenantId,
                Leads = ["lead"],
                StartDate = new DateOnly(2027, 1, 4),
                EndDate = new DateOnly(2027, 6, 30),
            },
            version: null,
            CancellationToken.None);

        using var response = await host.App.PostActivityAsync(TeamsActivities.CardSubmit(user, host.ServiceUrl, new JsonObject { ["verb"] = "join", ["role"] = role }));

        response.EnsureSuccessStatusCode();
        var replies = await host.Connector.WaitForActivitiesAsync(user.ConversationId, 2, Timeout);
        Assert.StartsWith(intro, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(firstCard, replies[1].Attachments.Single().Content.ToString(), StringComparison.Ordinal);
    }

    private async Task<Activity> SayAsync(TeamsUser user, string text)
    {
        using var response = await host.App.PostActivityAsync(TeamsActivities.Message(user, host.ServiceUrl, text));
        response.EnsureSuccessStatusCode();
        return Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout));
    }
}
