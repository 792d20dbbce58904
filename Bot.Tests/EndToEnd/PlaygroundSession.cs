using System.Diagnostics;
using Microsoft.Playwright;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// One user's world: a Playground with that user at it, pointed at a bot, and a browser page on it. Either the
/// session starts a bot of its own with an empty data folder (<see cref="StartAsync"/>: the bot greets each user
/// once, so a shared bot would show the welcome card only to whichever test happened to run first), or it joins a
/// bot others talk to as well (<see cref="OpenAsync"/>: several people in one programme).
/// </summary>
internal sealed class PlaygroundSession : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _name;
    private readonly DirectoryInfo _folder;
    private readonly BotProcess? _ownBot;
    private readonly LocaleRelay? _relay;
    private readonly PlaygroundProcess _playground;
    private readonly IBrowserContext _context;
    private readonly Stopwatch _clock;
    private readonly List<string> _timeline;

    private PlaygroundSession(string name, DirectoryInfo folder, BotProcess? ownBot, LocaleRelay? relay, PlaygroundProcess playground, IBrowserContext context, IPage page, Stopwatch clock, List<string> timeline)
    {
        _name = name;
        _folder = folder;
        _ownBot = ownBot;
        _relay = relay;
        _playground = playground;
        _context = context;
        _clock = clock;
        _timeline = timeline;
        Chat = new PlaygroundChat(page);
    }

    public PlaygroundChat Chat { get; }

    /// <summary>A bot of its own, with an empty data folder and no leads, and the Playground's default user.</summary>
    public static async Task<PlaygroundSession> StartAsync(IBrowser browser, string name)
    {
        var folder = Directory.CreateTempSubdirectory("mentorbot-e2e-");
        var clock = Stopwatch.StartNew();
        List<string> timeline = [];
        BotProcess? bot = null;
        try
        {
            bot = await BotProcess.StartAsync(Path.Combine(folder.FullName, "bot-data"), StartTimeout);
            timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: the bot is ready at {bot.BaseAddress}");
            return await ConnectAsync(browser, name, folder, bot, bot.MessagesEndpoint, PlaygroundUser.Default, clock, timeline);
        }
        catch
        {
            if (bot is not null)
                await bot.DisposeAsync();
            DeleteQuietly(folder);
            throw;
        }
    }

    /// <summary>
    /// A Playground with <paramref name="user"/> at it, in front of a bot someone else started. A user whose
    /// locale is not en-US talks to the bot through a <see cref="LocaleRelay"/>, since the Playground cannot send it.
    /// </summary>
    public static async Task<PlaygroundSession> OpenAsync(IBrowser browser, Uri botEndpoint, PlaygroundUser user, string name)
    {
        var folder = Directory.CreateTempSubdirectory("mentorbot-e2e-");
        var clock = Stopwatch.StartNew();
        try
        {
            return await ConnectAsync(browser, name, folder, null, botEndpoint, user, clock, []);
        }
        catch
        {
            DeleteQuietly(folder);
            throw;
        }
    }

    private static async Task<PlaygroundSession> ConnectAsync(IBrowser browser, string name, DirectoryInfo folder, BotProcess? ownBot, Uri botEndpoint, PlaygroundUser user, Stopwatch clock, List<string> timeline)
    {
        LocaleRelay? relay = null;
        PlaygroundProcess? playground = null;
        IBrowserContext? context = null;
        try
        {
            var endpoint = botEndpoint;
            if (!string.Equals(user.Locale, "en-US", StringComparison.OrdinalIgnoreCase))
            {
                relay = await LocaleRelay.StartAsync(botEndpoint, user.Locale);
                endpoint = relay.Endpoint;
                timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: activities get locale {user.Locale} at {relay.Endpoint}");
            }

            playground = await PlaygroundProcess.StartAsync(endpoint, folder.FullName, StartTimeout, user);
            timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: the Playground listens at {playground.Url} as {user.Name} ({user.ObjectId})");

            // The browser speaks the user's language too, as their Teams client would: time pickers show 17:00, not 5:00 PM.
            context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = user.Locale });
            context.SetDefaultTimeout(20_000);

            // Only loopback traffic: the Playground's client asks a CDN for fonts and animations, which this network
            // cannot reach; refusing them at once keeps the test fast and offline (the page falls back to local fonts).
            await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync("blockedbyclient"));
            var page = await context.NewPageAsync();
            // The first load compiles and serves a large single-page app: on a busy 2-core machine that alone can take
            // longer than an interaction's deadline, so the navigation gets a deadline of its own.
            await page.GotoAsync(playground.Url.ToString(), new() { Timeout = 90_000 });

            // The header shows who the Playground plays: proof that it read the configuration written for this user.
            await Assertions.Expect(page.GetByText(user.Name, new() { Exact = true }).First).ToBeVisibleAsync();
            timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: the page is loaded");
            return new PlaygroundSession(name, folder, ownBot, relay, playground, context, page, clock, timeline);
        }
        catch
        {
            if (context is not null)
                await context.CloseAsync();
            if (playground is not null)
                await playground.DisposeAsync();
            if (relay is not null)
                await relay.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the test's steps; when one fails, saves a screenshot of the page as it was, then rethrows.</summary>
    public async Task RunAsync(Func<PlaygroundChat, Task> steps)
    {
        try
        {
            await steps(Chat);
        }
        catch
        {
            try
            {
                await Chat.ScreenshotAsync($"{_name}-FAILED");
            }
            catch (PlaywrightException)
            {
                // The page itself is gone; the original failure says more than this one would.
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _timeline.Add($"{_clock.Elapsed.TotalSeconds:0.0} s: the test's steps are done");
        await _context.CloseAsync();
        await _playground.DisposeAsync();
        if (_relay is not null)
            await _relay.DisposeAsync();
        if (_ownBot is not null)
            await _ownBot.DisposeAsync();

        // The servers' output, for whoever reads a CI run afterwards.
        var logs = Directory.CreateDirectory(Path.Combine(EndToEndTools.LogsFolder, _name)).FullName;
        if (_ownBot is not null)
            await File.WriteAllTextAsync(Path.Combine(logs, "bot.log"), _ownBot.Output() + "\n");
        await File.WriteAllTextAsync(Path.Combine(logs, "playground.log"), _playground.Output() + "\n");
        _timeline.Add($"{_clock.Elapsed.TotalSeconds:0.0} s: stopped");
        await File.WriteAllLinesAsync(Path.Combine(logs, "timeline.log"), _timeline);
        var playgroundLog = Path.Combine(_folder.FullName, "playground.log");
        if (File.Exists(playgroundLog))
            File.Copy(playgroundLog, Path.Combine(logs, "playground-activities.log"), overwrite: true);
        DeleteQuietly(_folder);
    }

    private static void DeleteQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process being reaped; the OS temp cleaner gets it later.
        }
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");
}
