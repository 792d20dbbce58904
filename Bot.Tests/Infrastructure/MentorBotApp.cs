using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// The real MentorBot web app served by Kestrel on loopback, with its own temporary data folder (entity store and
/// Hangfire's SQLite jobs database both live there), short retry delays, no Hangfire server unless asked for
/// (Jobs:RunServer), its logs captured, in the Development environment. Settings given to the constructor override the
/// test defaults.
/// </summary>
public sealed class MentorBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Overrides of the test defaults.</param>
    /// <param name="services">Replaces services after the app registered its own: fakes of our own ports only (a recording messenger, a clock).</param>
    public MentorBotApp(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        DataFolder = Path.Combine(Path.GetTempPath(), "mentorbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["MentorBot:DataFolder"] = DataFolder,
            ["Jobs:Storage"] = "Sqlite",

            // Development, the one environment where an empty MicrosoftAppId (no authentication) may start: the tests post
            // unsigned activities. The tests of that refusal set "environment" to something else.
            [WebHostDefaults.EnvironmentKey] = Environments.Development,

            // No Hangfire server unless a test runs jobs (it sets Jobs:RunServer): less polling on a 2-core machine.
            ["Jobs:RunServer"] = "false",
            ["Jobs:WorkerCount"] = "2",

            // A triggered job starts within a poll; Hangfire.Storage.SQLite's default of 15 s would dominate the tests.
            ["Jobs:QueuePollInterval"] = "00:00:00.200",

            // Retries in milliseconds, not seconds, so the retry tests stay fast.
            ["Messaging:BaseBackoff"] = "00:00:00.020",
            ["Messaging:MaxBackoff"] = "00:00:00.100",
            ["Messaging:MaxAttempts"] = "3",
            ["Messaging:MaxRetryAfterInCall"] = "00:00:02",
            ["Messaging:MaxThrottleWait"] = "00:00:02",
            ["Messaging:AttemptTimeout"] = "00:00:10",
            ["Messaging:ClaimLease"] = "00:01:00",
            ["Messaging:Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Messaging:Outbox:MaxRetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value;

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Posts an activity to /api/messages as Teams would.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) => PostRawAsync(activity.ToJsonString());

    public async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        StartServer();
        using var client = CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }

    public override async ValueTask DisposeAsync()
    {
        // Before the host goes: base.DisposeAsync disposes the host first and only then calls Dispose(bool).
        ForgetHangfireLogProvider();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        ForgetHangfireLogProvider();
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open stays behind in the temp folder; it does not affect other tests.
            }
        }
    }

    // Hangfire keeps its log provider in a static, set by whichever host configured Hangfire last. Left pointing at
    // this host's LoggerFactory once it is disposed, the next host to start a Hangfire server in this process fails
    // ("Cannot access a disposed object: LoggerFactory"). Cleared, Hangfire logs nowhere until a live host sets it.
    private static void ForgetHangfireLogProvider() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
}
