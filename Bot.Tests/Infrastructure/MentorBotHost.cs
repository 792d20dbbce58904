namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A loopback connector and the real web app on loopback, started together for a test class (IClassFixture).
/// Derive with settings for a differently configured host.
/// </summary>
public class MentorBotHost : IAsyncLifetime
{
    private readonly IDictionary<string, string?>? _settings;

    public MentorBotHost()
        : this(null)
    {
    }

    protected MentorBotHost(IDictionary<string, string?>? settings)
    {
        _settings = settings;
    }

    public LoopbackConnector Connector { get; private set; } = null!;

    public MentorBotApp App { get; private set; } = null!;

    public Uri ServiceUrl => Connector.ServiceUrl;

    /// <summary>Installs the app for <paramref name="user"/> as Teams does, and waits for the welcome card: from then on the bot can message them.</summary>
    public async Task InstallAsync(TeamsUser user, TimeSpan timeout)
    {
        using var response = await App.PostActivityAsync(TeamsActivities.InstallationAdded(user, ServiceUrl));
        response.EnsureSuccessStatusCode();
        await Connector.WaitForActivitiesAsync(user.ConversationId, 1, timeout);
    }

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        App = new MentorBotApp(_settings);
        App.StartServer();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
