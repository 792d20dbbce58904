using MentorBot.Hosting;
using MentorBot.Messaging;
using MentorBot.Storage;
using MentorBot.Teams;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace MentorBot.Tests.Messaging;

/// <summary>
/// The messenger built from its real parts (MentorBotAdapter, SQLite store, ledger, limiter) outside the web host,
/// on a fake clock, sending to a loopback connector. One in-call attempt by default, so a transient failure defers
/// at once and no test has to move the clock while a send is waiting.
/// </summary>
internal sealed class MessengerRig : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mentorbot-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private MessengerRig(LoopbackConnector connector, MessagingOptions options, string[] allowedTenants)
    {
        Connector = connector;
        options.ApplyTeamsDefaults();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddOptions<MentorBotOptions>().Configure(o =>
        {
            foreach (var tenant in allowedTenants)
                o.AllowedTenants.Add(tenant);
        });
        services.AddSingleton<TimeProvider>(Time);
        _services = services.BuildServiceProvider();

        var store = new SqliteEntityStore(Path.Combine(_folder, "store.db"), Time);
        Store = store;
        var messaging = Options.Create(options);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty }).Build();
        var adapter = new MentorBotAdapter(
            new ConfigurationBotFrameworkAuthentication(configuration),
            new ChannelDataCheck(Logger<ChannelDataCheck>()),
            new TenantAllowList(_services.GetRequiredService<IOptionsMonitor<MentorBotOptions>>(), Logger<TenantAllowList>()),
            Logger<MentorBotAdapter>());
        References = new ConversationReferences(store, Time, Logger<ConversationReferences>());
        Ledger = new OutboxLedger(store, messaging, Time, Logger<OutboxLedger>());
        Teams = new TeamChannelStore(store);
        Messenger = new ProactiveMessenger(
            adapter, References, Teams, Ledger, new TeamsRateLimiter(messaging, Time), new Backoff(messaging, new Random(1)),
            messaging, Options.Create(new BotAuthenticationOptions()), Time, Logger<ProactiveMessenger>());
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    public LoopbackConnector Connector { get; }

    public SqliteEntityStore Store { get; }

    public ConversationReferences References { get; }

    public OutboxLedger Ledger { get; }

    public TeamChannelStore Teams { get; }

    public ProactiveMessenger Messenger { get; }

    public static async Task<MessengerRig> StartAsync(Action<MessagingOptions>? configure = null, params string[] allowedTenants)
    {
        var options = new MessagingOptions { MaxAttempts = 1, MaxThrottleWait = TimeSpan.Zero };
        configure?.Invoke(options);
        return new MessengerRig(await LoopbackConnector.StartAsync(), options, allowedTenants);
    }

    /// <summary>A user who installed the bot: their conversation reference is stored as a Teams activity leaves it.</summary>
    public async Task<TeamsUser> InstalledUserAsync(string tenantId = "tenant-1")
    {
        var user = TeamsUser.New(tenantId);
        var activity = JsonConvert.DeserializeObject<Activity>(TeamsActivities.InstallationAdded(user, Connector.ServiceUrl).ToJsonString())!;
        Assert.True(await References.RememberAsync(activity, CancellationToken.None));
        return user;
    }

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private ILogger<T> Logger<T>() => _services.GetRequiredService<ILogger<T>>();
}
