using System.Runtime.CompilerServices;
using MentorBot.Tests.EndToEnd;
using Microsoft.Playwright;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// The end-to-end tests' shared parts: checks that Chromium, the Agents Playground and Node are installed (failing
/// every test with one clear message when not), and holds one headless Chromium. A test then starts its own bot and
/// Playground through <see cref="StartSessionAsync"/>, or opens Playgrounds for several users of one bot through
/// <see cref="OpenAsync"/>, and gets a page on each.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        EndToEndTools.RequireAll();

        // Condition waits, not sleeps: a reply normally shows in well under a second; 20 s absorbs a loaded CI box.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = EndToEndTools.ChromiumPath,
                Headless = true,
                Args = EndToEndTools.ChromiumArgs,
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Chromium at {EndToEndTools.ChromiumPath} did not start: {e.Message} {EndToEndTools.InstallHint}", e);
        }
    }

    /// <summary>Starts a bot with an empty data folder, a Playground pointed at it, and opens the Playground in a new page.</summary>
    internal Task<PlaygroundSession> StartSessionAsync([CallerMemberName] string testName = "") =>
        PlaygroundSession.StartAsync(_browser ?? throw new InvalidOperationException("The fixture is not initialised."), testName);

    /// <summary>Opens a Playground with <paramref name="user"/> at it, in front of a bot the caller started, and a page on it.</summary>
    internal Task<PlaygroundSession> OpenAsync(Uri botEndpoint, PlaygroundUser user, string name) =>
        PlaygroundSession.OpenAsync(_browser ?? throw new InvalidOperationException("The fixture is not initialised."), botEndpoint, user, name);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
