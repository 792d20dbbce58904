using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// The real bot, run as `dotnet MentorBot.dll` exactly as tools/run.sh runs it: embedded SQLite storage and jobs
/// in a data folder of its own, authentication off (the Playground sends no token), on a loopback port the OS picks.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly ServerProcess _server;

    private BotProcess(ServerProcess server, Uri baseAddress)
    {
        _server = server;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    public string Output() => _server.Output();

    /// <summary>
    /// Starts the bot on <paramref name="dataFolder"/>; <paramref name="leads"/> are organisation leads (Entra object
    /// ids); <paramref name="settings"/> are more settings by configuration key ("Graph:BaseUrl"), set as environment variables.
    /// They win over the defaults here: Storage:Provider=AzureTables and Jobs:Storage=PostgreSql (with their connection
    /// strings) run it as production does, which is how two instances share one store (Integration/TwoInstances).
    /// </summary>
    public static async Task<BotProcess> StartAsync(string dataFolder, TimeSpan timeout, IReadOnlyList<string>? leads = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo(EndToEndTools.DotnetHost(), [EndToEndTools.BotAssemblyPath])
        {
            // The content root, where appsettings.json is; nothing is written there (the data folder is absolute).
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        // Development, as tools/run.sh: the Playground sends no token, and only Development starts without a
        // MicrosoftAppId. Development also reads user-secrets, so the credentials (and Graph) are cleared explicitly:
        // environment variables win over user-secrets, and a developer's real app id cannot turn authentication on here.
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["DOTNET_ENVIRONMENT"] = "Development";
        environment["MicrosoftAppId"] = string.Empty;
        environment["MicrosoftAppPassword"] = string.Empty;
        environment["MicrosoftAppTenantId"] = string.Empty;
        environment["MicrosoftAppType"] = "MultiTenant";
        environment["Graph__Credential"] = "None";
        environment["MentorBot__DataFolder"] = dataFolder;
        environment["Storage__Provider"] = "Sqlite";
        environment["Jobs__Storage"] = "Sqlite";
        environment["Logging__LogLevel__Default"] = "Warning";

        // As tools/run.sh does for the Playground's user; nothing inherited from the developer's environment.
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MentorBot__Leads__", StringComparison.OrdinalIgnoreCase)).ToList())
            environment.Remove(name);
        for (var i = 0; i < (leads?.Count ?? 0); i++)
            environment[$"MentorBot__Leads__{i}"] = leads![i];

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        // The one information line we need: the address Kestrel bound.
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var server = ServerProcess.Start("MentorBot", start);
        try
        {
            var listening = await server.WaitForLineAsync(ListeningLine(), timeout);
            var bot = new BotProcess(server, new Uri(listening.Groups["address"].Value));
            await bot.WaitUntilReadyAsync(timeout);
            return bot;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL, as a crash: see <see cref="ServerProcess.KillAsync"/>.</summary>
    public Task KillAsync(TimeSpan timeout) => _server.KillAsync(timeout);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    // Polls /readyz (storage and job storage reachable) until it answers 200 or the deadline passes.
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_server.HasExited)
                throw new InvalidOperationException($"MentorBot exited while starting. Its output:\n{_server.OutputTail()}");
            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"MentorBot at {BaseAddress} was not ready within {timeout.TotalSeconds:0} s (last: {last}). Its output:\n{_server.OutputTail()}");
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
