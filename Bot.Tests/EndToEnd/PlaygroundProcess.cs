using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/teams-app-test-tool), pointed at the bot's /api/messages,
/// serving its Teams-like web client and mock connector on a port of its own, so a test never collides with a
/// developer's Playground on the default 56150.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    // Settings the Playground reads from the environment; a developer's values must not leak into the test.
    private static readonly string[] InheritedSettingsToDrop =
    [
        "M365_AGENTS_PLAYGROUND_CONFIG_PATH", "TEAMS_APP_TEST_TOOL_CONFIG_PATH", "M365_AGENTS_PLAYGROUND_SERVICE_URL",
        "M365_AGENTS_PLAYGROUND_CONVERSATION_ID", "M365_AGENTS_PLAYGROUND_DELIVERY_MODE", "M365_AGENTS_PLAYGROUND_TARGET_SDK",
        "TEAMSAPPTESTER_PORT", "BOT_ENDPOINT", "DEFAULT_CHANNEL_ID", "SEND_INSTALLATION_ACTIVITY",
        "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID",
    ];

    /// <summary>The file the Playground reads its users, chats and tenant from, in its working folder.</summary>
    public const string ConfigurationFileName = ".m365agentsplayground.yml";

    private readonly ServerProcess _server;

    private PlaygroundProcess(ServerProcess server, Uri url)
    {
        _server = server;
        Url = url;
    }

    /// <summary>The web client; the mock connector the bot answers to is under /_connector on the same port.</summary>
    public Uri Url { get; }

    public string Output() => _server.Output();

    /// <summary>
    /// Starts a Playground in <paramref name="workFolder"/> (one folder per Playground: its configuration and logs
    /// live there) with <paramref name="user"/> as its current user; the default user needs no configuration file.
    /// </summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string workFolder, TimeSpan timeout, PlaygroundUser? user = null)
    {
        if (user is { IsDefault: false })
            await File.WriteAllTextAsync(Path.Combine(workFolder, ConfigurationFileName), user.ConfigurationYaml());

        var requestedPort = FreeLoopbackPort();
        var start = new ProcessStartInfo(
            EndToEndTools.PlaygroundPath,
            ["start", "-e", botEndpoint.ToString(), "-c", "msteams", "--dt", "-p", requestedPort.ToString(CultureInfo.InvariantCulture)])
        {
            // It looks for .m365agentsplayground.yml and writes devTools/ in its working folder: keep both out of the repo.
            WorkingDirectory = workFolder,
        };
        foreach (var name in InheritedSettingsToDrop)
            start.Environment.Remove(name);

        // It opens a browser on start and exits with code 1 right after "Listening on" when xdg-open is missing.
        // TEAMSAPPTESTER_BROWSER=none is its own switch for that; the no-op xdg-open covers versions that ignore it.
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["PATH"] = $"{CreateNoOpXdgOpen(workFolder)}{Path.PathSeparator}{start.Environment["PATH"]}";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workFolder, "playground.log");

        var server = ServerProcess.Start("The Agents Playground", start);
        try
        {
            // It falls back to a random port when the one asked for was taken meanwhile: believe what it prints.
            var listening = await server.WaitForLineAsync(ListeningLine(), timeout);
            var port = int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture);
            return new PlaygroundProcess(server, new Uri($"http://127.0.0.1:{port}/"));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string CreateNoOpXdgOpen(string workFolder)
    {
        var folder = Directory.CreateDirectory(Path.Combine(workFolder, "no-browser")).FullName;
        var script = Path.Combine(folder, "xdg-open");
        File.WriteAllText(script, "#!/bin/sh\n# The tests drive their own headless Chromium.\nexit 0\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        return folder;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^Listening on (?<port>\d+)")]
    private static partial Regex ListeningLine();
}
