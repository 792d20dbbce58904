using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// Teams sends both installationUpdate and conversationUpdate when a user installs the app; the user must be
/// greeted once, in their language, and remembered so the bot can write to them later.
/// </summary>
public sealed class WelcomeOnInstallTests : IDisposable
{
    private readonly PersonalChatHarness _chat = new();

    public void Dispose() => _chat.Dispose();

    [Fact]
    public async Task InstallThenConversationUpdate_SendsExactlyOneWelcomeCard()
    {
        var onInstall = await _chat.InstallAsync();
        var onUpdate = await _chat.BotAddedAsync();

        var card = PersonalChatTests.SingleCard(onInstall);
        Assert.Equal("Welcome to MentorBot", (string?)card["body"]![0]!["text"]);
        Assert.Empty(onUpdate);
    }

    [Fact]
    public async Task ConversationUpdateThenInstall_SendsExactlyOneWelcomeCard()
    {
        var onUpdate = await _chat.BotAddedAsync();
        var onInstall = await _chat.InstallAsync();

        PersonalChatTests.SingleCard(onUpdate);
        Assert.Empty(onInstall);
    }

    [Fact]
    public async Task Install_GreetsInTheUsersLanguage()
    {
        var replies = await _chat.InstallAsync("fr-FR");

        var card = PersonalChatTests.SingleCard(replies);
        Assert.Equal("Bienvenue dans MentorBot", (string?)card["body"]![0]!["text"]);
        Assert.Equal([new Localizer("fr-FR")["WelcomeJoinMentee"], new Localizer("fr-FR")["WelcomeJoinMentor"]], card["actions"]!.Select(a => (string?)a["title"]));
    }

    [Fact]
    public async Task Install_RemembersTheConversationReference_AndTheWelcome()
    {
        await _chat.InstallAsync("fr-FR");

        var record = await _chat.References.GetAsync(PersonalChatHarness.TenantId, PersonalChatHarness.UserObjectId, CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal("fr-FR", record.Locale);
        Assert.NotNull(record.WelcomedAt);
        Assert.Equal("a:" + PersonalChatHarness.UserObjectId, record.Reference.Conversation.Id);
        Assert.Equal(Microsoft.Bot.Connector.Channels.Msteams, record.Reference.ChannelId);
    }

    [Fact]
    public async Task Reinstall_AfterUninstall_WelcomesAgain()
    {
        await _chat.InstallAsync();
        var onUninstall = await _chat.UninstallAsync();
        Assert.Null(await _chat.References.GetAsync(PersonalChatHarness.TenantId, PersonalChatHarness.UserObjectId, CancellationToken.None));

        var onReinstall = await _chat.InstallAsync();

        Assert.Empty(onUninstall);
        PersonalChatTests.SingleCard(onReinstall);
    }

    [Fact]
    public async Task MessageAfterInstall_DoesNotWelcomeAgain()
    {
        await _chat.InstallAsync();

        var replies = await _chat.SayAsync("help");

        Assert.Equal("Here is what I can do", (string?)PersonalChatTests.SingleCard(replies)["body"]![0]!["text"]);
    }
}
