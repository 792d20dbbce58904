using Microsoft.Playwright;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// The Playground's personal chat as a user sees it in the browser: cards and messages from the bot, the compose
/// box, and the "Mock an Activity" menu. Every wait is Playwright's own, on a condition, with a timeout.
/// </summary>
internal sealed class PlaygroundChat(IPage page)
{
    public IPage Page => page;

    /// <summary>Adaptive Cards rendered in the chat (the official renderer's root container) that contain <paramref name="text"/>.</summary>
    public ILocator Cards(string text) => page.Locator(".ac-container").Filter(new() { HasText = text });

    /// <summary>
    /// An element of the conversation showing exactly <paramref name="text"/>; the chat list on the left, which
    /// previews the last message, is left out.
    /// </summary>
    public ILocator Text(string text) =>
        page.GetByText(text, new() { Exact = true }).And(page.Locator(":not([role=treeitem] *)"));

    /// <summary>
    /// The <paramref name="occurrence"/>-th card whose heading (a text block) reads exactly <paramref name="heading"/>,
    /// once exactly that many are on screen: a step asked again (a profile edit) is a second card with the same
    /// heading, and the first must not be filled by mistake; a prompt sent twice fails here.
    /// </summary>
    public async Task<PlaygroundCard> CardAsync(string heading, int occurrence = 1)
    {
        var cards = page.Locator(".ac-adaptiveCard").Filter(new() { Has = page.Locator(".ac-textBlock").GetByText(heading, new() { Exact = true }) });
        await Assertions.Expect(cards).ToHaveCountAsync(occurrence);
        var card = cards.Nth(occurrence - 1);
        await card.ScrollIntoViewIfNeededAsync();
        return new PlaygroundCard(card, page);
    }

    /// <summary>Waits until the bot's message reading exactly <paramref name="text"/> is in the conversation.</summary>
    public Task ExpectMessageAsync(string text) => Assertions.Expect(Text(text).First).ToBeVisibleAsync();

    /// <summary>The first line of the Playground's log panel reading e.g. "installationUpdate 200" (an activity the bot accepted).</summary>
    public ILocator LogEntry(string text) => page.GetByText(text, new() { Exact = true }).First;

    /// <summary>Types into the compose box and presses Enter, as a user does.</summary>
    public async Task SendAsync(string text)
    {
        var compose = page.Locator("[data-lexical-editor='true']");
        await compose.ClickAsync();
        await compose.PressSequentiallyAsync(text);
        await Assertions.Expect(compose).ToHaveTextAsync(text);
        await compose.PressAsync("Enter");
    }

    /// <summary>
    /// Sends an activity through "Mock an Activity → Custom activity": the Playground pre-fills a JSON activity
    /// for the personal chat (ids, tenant, service URL) ending with a placeholder "type"; the properties given here
    /// are added last, so they win. This is the only way to send a locale other than en-US, which the Playground
    /// hard-codes in the activities its compose box and card buttons send.
    /// </summary>
    public async Task SendCustomActivityAsync(string properties)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Mock an Activity" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Custom activity" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Custom activity" });
        var editor = dialog.Locator(".monaco-editor .view-lines");
        await Assertions.Expect(editor).ToContainTextAsync("<custom-activity-type>");

        // The editor is Monaco: go to the closing brace's line and insert raw text (typing would auto-close quotes).
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Home");
        await page.Keyboard.InsertTextAsync($", {properties}\n");
        await Assertions.Expect(editor).ToContainTextAsync(properties);

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send activity" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>Saves the page to artifacts/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(EndToEndTools.ScreenshotsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(EndToEndTools.ScreenshotsFolder, $"{name}.png") });
    }
}
