namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Where the end-to-end tests find what they drive (the bot, the Playground, Chromium) and put what they leave
/// (screenshots, logs). A missing program fails the tests with one message saying how to install it.
/// </summary>
internal static class EndToEndTools
{
    public const string InstallHint =
        "Run tools/test.sh: it installs the npm tools (npm ci in tools/) and Debian's chromium package, then runs the tests.";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>Debian's Chromium; MENTORBOT_CHROMIUM points elsewhere. Playwright never downloads a browser here.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MENTORBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags that work as root in a container and keep Chromium off the network it cannot reach.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The Microsoft 365 Agents Playground, from the npm package pinned in tools/package.json.</summary>
    public static string PlaygroundPath => Path.Combine(RepositoryRoot, "tools", "node_modules", ".bin", "teamsapptester");

    /// <summary>The bot as built next to the tests (the project reference copies it with its runtimeconfig).</summary>
    public static string BotAssemblyPath => Path.Combine(AppContext.BaseDirectory, "MentorBot.dll");

    public static string ScreenshotsFolder => Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    public static string LogsFolder => Path.Combine(RepositoryRoot, "artifacts", "e2e-logs");

    /// <summary>Throws, naming everything that is missing at once, when the tests cannot run here.</summary>
    public static void RequireAll()
    {
        var missing = new List<string>();
        if (!File.Exists(ChromiumPath))
            missing.Add($"Chromium is not installed ({ChromiumPath} does not exist).");
        if (!File.Exists(PlaygroundPath))
            missing.Add($"The Microsoft 365 Agents Playground is not installed ({PlaygroundPath} does not exist).");
        if (FindOnPath("node") is null)
            missing.Add("Node.js (node) is not on PATH; the Playground needs Node 20.");
        if (!File.Exists(BotAssemblyPath))
            missing.Add($"The bot was not built next to the tests ({BotAssemblyPath} does not exist).");
        if (missing.Count > 0)
            throw new InvalidOperationException($"The end-to-end tests cannot run: {string.Join(" ", missing)} {InstallHint}");
    }

    /// <summary>The dotnet host running the tests (dotnet test sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MentorBot.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No MentorBot.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }

    /// <summary>Deletes a journey's temporary data folder; SQLite files of a bot still being reaped are left to the OS temp cleaner.</summary>
    public static void DeleteQuietly(DirectoryInfo? folder)
    {
        try
        {
            folder?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite files of a bot being reaped; the OS temp cleaner gets them later.
        }
    }

    /// <summary>The bot's services over the data folder a journey's bot process uses, to seed it before the process starts.</summary>
    public static Infrastructure.MentorBotApp StoreOver(DirectoryInfo data) =>
        new(new Dictionary<string, string?> { ["MentorBot:DataFolder"] = data.FullName, ["Storage:Provider"] = "Sqlite" });
}
