using System.Diagnostics;
using Microsoft.Playwright;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// One test's world: a bot with an empty data folder, a Playground pointed at it, and a browser page on the
/// Playground. Fresh per test because the bot greets each user once: a shared bot would show the welcome card
/// only to whichever test happened to run first.
/// </summary>
internal sealed class PlaygroundSession : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _name;
    private readonly DirectoryInfo _folder;
    private readonly BotProcess _bot;
    private readonly PlaygroundProcess _playground;
    private readonly IBrowserContext _context;
    private readonly Stopwatch _clock;
    private readonly List<string> _timeline;

    private PlaygroundSession(string name, DirectoryInfo folder, BotProcess bot, PlaygroundProcess playground, IBrowserContext context, IPage page, Stopwatch clock, List<string> timeline)
    {
        _name = name;
        _folder = folder;
        _bot = bot;
        _playground = playground;
        _context = context;
        _clock = clock;
        _timeline = timeline;
        Chat = new PlaygroundChat(page);
    }

    public PlaygroundChat Chat { get; }

    public static async Task<PlaygroundSession> StartAsync(IBrowser browser, string name)
    {
        var folder = Directory.CreateTempSubdirectory("mentorbot-e2e-");
        var clock = Stopwatch.StartNew();
        List<string> timeline = [];
        BotProcess? bot = null;
        PlaygroundProcess? playground = null;
        IBrowserContext? context = null;
        try
        {
            bot = await BotProcess.StartAsync(Path.Combine(folder.FullName, "bot-data"), StartTimeout);
            timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: the bot is ready at {bot.BaseAddress}");
            playground = await PlaygroundProcess.StartAsync(bot.MessagesEndpoint, folder.FullName, StartTimeout);
            timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: the Playground listens at {playground.Url}");

            context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "en-US" });
            context.SetDefaultTimeout(20_000);

            // Only loopback traffic: the Playground's client asks a CDN for fonts and animations, which this network
            // cannot reach; refusing them at once keeps the test fast and offline (the page falls back to local fonts).
            await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync("blockedbyclient"));
            var page = await context.NewPageAsync();
            await page.GotoAsync(playground.Url.ToString());
            timeline.Add($"{clock.Elapsed.TotalSeconds:0.0} s: the page is loaded");
            return new PlaygroundSession(name, folder, bot, playground, context, page, clock, timeline);
        }
        catch
        {
            if (context is not null)
                await context.CloseAsync();
            if (playground is not null)
                await playground.DisposeAsync();
            if (bot is not null)
                await bot.DisposeAsync();
            folder.Delete(recursive: true);
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
        await _bot.DisposeAsync();

        // Both servers' output, for whoever reads a CI run afterwards.
        var logs = Directory.CreateDirectory(Path.Combine(EndToEndTools.LogsFolder, _name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(logs, "bot.log"), _bot.Output() + "\n");
        await File.WriteAllTextAsync(Path.Combine(logs, "playground.log"), _playground.Output() + "\n");
        _timeline.Add($"{_clock.Elapsed.TotalSeconds:0.0} s: both servers stopped");
        await File.WriteAllLinesAsync(Path.Combine(logs, "timeline.log"), _timeline);
        var playgroundLog = Path.Combine(_folder.FullName, "playground.log");
        if (File.Exists(playgroundLog))
            File.Copy(playgroundLog, Path.Combine(logs, "playground-activities.log"), overwrite: true);

        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process being reaped; the OS temp cleaner gets it later.
        }
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");
}
