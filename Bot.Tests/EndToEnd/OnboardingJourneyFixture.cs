using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// One organisation for the onboarding journeys: one bot process (empty data folder, the Playground's default user
/// as its only organisation lead, as tools/run.sh sets it up) that every user's Playground talks to, and the one
/// programme the lead creates through the UI, created once, by whichever journey needs it first. People the lead
/// invites keep their Playground open from before the invitation until the end: the invitation card is sent to the
/// Playground they installed the app from, and a new Playground would not show it.
/// </summary>
public sealed class OnboardingJourneyFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly PlaygroundFixture _browser = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<PlaygroundSession>> _kept = [];
    private DirectoryInfo? _data;
    private BotProcess? _bot;
    private Task<string>? _programme;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        _data = Directory.CreateTempSubdirectory("mentorbot-journeys-");
        _bot = await BotProcess.StartAsync(Path.Combine(_data.FullName, "bot-data"), StartTimeout, [PlaygroundUser.Default.ObjectId]);
    }

    /// <summary>A Playground with <paramref name="user"/> at it, in front of the shared bot.</summary>
    internal Task<PlaygroundSession> OpenAsync(PlaygroundUser user, string name) =>
        _browser.OpenAsync((_bot ?? throw new InvalidOperationException("The fixture is not initialised.")).MessagesEndpoint, user, name);

    /// <summary>
    /// A Playground with <paramref name="user"/> at it that stays open until every journey is done: the first call
    /// opens it, later calls return the same one; the fixture closes it.
    /// </summary>
    internal Task<PlaygroundSession> KeepOpenAsync(PlaygroundUser user, string name)
    {
        lock (_gate)
        {
            if (!_kept.TryGetValue(user.Id, out var session))
                _kept[user.Id] = session = OpenAsync(user, name);
            return session;
        }
    }

    /// <summary>
    /// The programme's name, once <paramref name="createAsLead"/> has created it through the lead's Playground. Runs
    /// it on the first call only; a failure there fails every journey that needs the programme, with its message.
    /// </summary>
    internal Task<string> ProgrammeAsync(Func<Task<string>> createAsLead)
    {
        lock (_gate)
            return _programme ??= createAsLead();
    }

    public async Task DisposeAsync()
    {
        foreach (var kept in _kept.Values)
        {
            if (kept.IsCompletedSuccessfully)
                await kept.Result.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
            var logs = Directory.CreateDirectory(Path.Combine(EndToEndTools.LogsFolder, nameof(OnboardingJourneyTests))).FullName;
            await File.WriteAllTextAsync(Path.Combine(logs, "bot.log"), _bot.Output() + "\n");
        }

        EndToEndTools.DeleteQuietly(_data);

        await _browser.DisposeAsync();
    }
}
