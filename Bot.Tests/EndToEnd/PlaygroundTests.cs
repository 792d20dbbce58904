using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Localization;
using MentorBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// MentorBot as a user meets it: the real bot process, the Microsoft 365 Agents Playground (the Teams emulator)
/// in front of it, driven in headless Chromium. Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class PlaygroundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private static readonly Localizer English = new("en-US");
    private static readonly Localizer French = new("fr-FR");

    [Fact]
    public async Task NewUser_IsWelcomedOnce_CanJoinAsMentee_AndReadsHelp()
    {
        await using var session = await playground.StartSessionAsync();
        await session.RunAsync(async chat =>
        {
            // Opening the chat installs the app: the Playground sends installationUpdate and conversationUpdate.
            var welcomes = chat.Cards(English["WelcomeTitle"]);
            var welcome = welcomes.First;
            await Expect(welcome).ToBeVisibleAsync();
            await Expect(welcome.Locator(".ac-textBlock").First).ToHaveTextAsync(English["WelcomeTitle"]);
            var joinAsMentee = welcome.GetByRole(AriaRole.Button, new() { Name = English["WelcomeJoinMentee"], Exact = true });
            await Expect(joinAsMentee).ToBeVisibleAsync();
            await Expect(welcome.GetByRole(AriaRole.Button, new() { Name = English["WelcomeJoinMentor"], Exact = true })).ToBeVisibleAsync();
            await Expect(chat.LogEntry("installationUpdate 200")).ToBeVisibleAsync();
            await Expect(chat.LogEntry("conversationUpdate 200")).ToBeVisibleAsync();
            await chat.ScreenshotAsync("playground-1-welcome");

            await joinAsMentee.ClickAsync();
            await Expect(chat.Text(English["OnboardNoProgramme"]).First).ToBeVisibleAsync();

            // Both install activities were answered before the click, so a second greeting would be on screen by now.
            await Expect(welcomes).ToHaveCountAsync(1);
            await chat.ScreenshotAsync("playground-2-joined-as-mentee");

            await chat.SendAsync(BotCommands.Help.Name);
            var help = chat.Cards(English["HelpTitle"]);
            await Expect(help).ToBeVisibleAsync();
            foreach (var command in BotCommands.All)
            {
                await Expect(help.GetByText(command.Name, new() { Exact = true })).ToBeVisibleAsync();
                await Expect(help.GetByText(English[command.DescriptionKey], new() { Exact = true })).ToBeVisibleAsync();
            }

            await chat.ScreenshotAsync("playground-3-help");
        });
    }

    [Fact]
    public async Task FrenchUser_GetsTheHelpCardInFrench_WithFrenchCommandNames()
    {
        await using var session = await playground.StartSessionAsync();
        await session.RunAsync(async chat =>
        {
            // Wait for the greeting first, so the install turn and this one do not race on screen.
            await Expect(chat.Cards(English["WelcomeTitle"]).First).ToBeVisibleAsync();

            // The Playground's own activities always say en-US; a custom activity carries the locale Teams would send.
            await chat.SendCustomActivityAsync($"\"type\": \"message\", \"text\": \"{BotCommands.Help.FrenchName}\", \"locale\": \"fr-FR\"");

            var help = chat.Cards(French["HelpTitle"]);
            await Expect(help).ToBeVisibleAsync();
            await Expect(help).ToContainTextAsync(French["HelpIntro"]);
            foreach (var command in BotCommands.All)
            {
                await Expect(help.GetByText(command.FrenchName, new() { Exact = true })).ToBeVisibleAsync();
                await Expect(help.GetByText(French[command.DescriptionKey], new() { Exact = true })).ToBeVisibleAsync();
            }

            await chat.ScreenshotAsync("playground-4-help-fr");
        });
    }
}
