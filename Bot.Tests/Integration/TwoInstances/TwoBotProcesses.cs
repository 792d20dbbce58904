using System.Text.Json.Nodes;
using MentorBot.Tests.EndToEnd;
using MentorBot.Tests.Infrastructure;
using MentorBot.Tests.Jobs;

namespace MentorBot.Tests.Integration.TwoInstances;

/// <summary>
/// The bot deployed twice, as a scaled-out App Service runs it: two real `dotnet MentorBot.dll` processes on one Azure
/// Tables store (Azurite, one table prefix) and one PostgreSQL job database, each running its Hangfire server, behind
/// a round-robin proxy without affinity, replying to one loopback connector. Next to them, in this process, the bot's
/// services over the same store and job database (no Hangfire server), to seed the world and read back what was stored.
/// </summary>
internal sealed class TwoBotProcesses : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<TemporaryFolder> _folders;

    private TwoBotProcesses(LoopbackConnector connector, MentorBotApp store, string jobsDatabase, List<TemporaryFolder> folders)
    {
        Connector = connector;
        Store = store;
        JobsDatabase = jobsDatabase;
        _folders = folders;
    }

    public LoopbackConnector Connector { get; }

    /// <summary>The bot's services over the shared store and job database, for seeding and reading back.</summary>
    public MentorBotApp Store { get; }

    /// <summary>Connection string of the PostgreSQL database both Hangfire servers share.</summary>
    public string JobsDatabase { get; }

    public IReadOnlyList<BotProcess> Instances { get; private set; } = [];

    public RoundRobinProxy Proxy { get; private set; } = null!;

    /// <param name="settings">More settings for both instances (and the seeding host), by configuration key.</param>
    public static async Task<TwoBotProcesses> StartAsync(PostgresFixture postgres, AzuriteFixture azurite, IReadOnlyDictionary<string, string>? settings = null)
    {
        var jobsDatabase = await postgres.CreateDatabaseAsync("two_instances");
        var shared = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "t" + Guid.NewGuid().ToString("N")[..10],
            ["Jobs:Storage"] = "PostgreSql",
            ["Jobs:ConnectionString"] = jobsDatabase,
            ["Jobs:Schema"] = JobsAppFactory.Schema,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            shared[key] = value;

        var connector = await LoopbackConnector.StartAsync();

        // Started first, so Hangfire's schema is created once, before the two instances start side by side.
        var store = new MentorBotApp(shared.ToDictionary(s => s.Key, s => (string?)s.Value));
        store.StartServer();

        var folders = new List<TemporaryFolder> { new("mentorbot-instance-1-"), new("mentorbot-instance-2-") };
        var two = new TwoBotProcesses(connector, store, jobsDatabase, folders);
        var starting = folders.Select(f => BotProcess.StartAsync(f.Path, StartTimeout, settings: shared)).ToList();
        try
        {
            two.Instances = await Task.WhenAll(starting);
            two.Proxy = await RoundRobinProxy.StartAsync([.. two.Instances.Select(i => i.BaseAddress)]);
            return two;
        }
        catch
        {
            // One instance may have started while the other failed: it is stopped too.
            two.Instances = [.. starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result)];
            await two.DisposeAsync();
            throw;
        }
    }

    /// <summary>Posts an activity through the proxy, as Teams would to the load balancer; the turn has ended when this returns.</summary>
    public Task PostAsync(JsonObject activity) => PostToAsync(Proxy.MessagesEndpoint, activity);

    /// <summary>Posts an activity to one instance directly, bypassing the proxy.</summary>
    public static async Task PostToAsync(Uri messagesEndpoint, JsonObject activity)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(messagesEndpoint, content);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Polls <paramref name="condition"/> as <see cref="Eventually"/> does; a timeout shows what both instances printed.</summary>
    public async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan timeout)
    {
        try
        {
            await Eventually.TrueAsync(condition, what, timeout);
        }
        catch (TimeoutException e)
        {
            var outputs = Instances.Select((instance, i) => $"--- instance {i} ---\n{instance.Output()}");
            throw new TimeoutException($"{e.Message}\n{string.Join('\n', outputs)}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
            await Proxy.DisposeAsync();
        foreach (var instance in Instances)
            await instance.DisposeAsync();
        await Store.DisposeAsync();
        await Connector.DisposeAsync();
        foreach (var folder in _folders)
            folder.Dispose();
    }
}
