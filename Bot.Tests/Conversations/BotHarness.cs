using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// The real bot (<see cref="MentorBotApp"/>: its DI graph, SQLite store, user state, handler, flows) driven turn by turn through the Bot
/// Framework TestAdapter on the Teams channel. Each harness has its own data folder; <see cref="RestartAsync"/>
/// builds a new host on the same folder, as a process restart would.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly string _dataFolder;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private MentorBotApp _factory;

    public BotHarness(IDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        // One data folder for the harness's life, so a restart finds what the previous host stored.
        _dataFolder = Path.Combine(Path.GetTempPath(), "mentorbot-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?> { ["MentorBot:DataFolder"] = _dataFolder };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            _settings[key] = value;
        _factory = new MentorBotApp(_settings, _services);
    }

    public IServiceProvider Services => _factory.Services;

    public TeamsTestAdapter Adapter { get; } = new();

    public async Task RestartAsync()
    {
        await _factory.DisposeAsync();
        _factory = new MentorBotApp(_settings, _services);
    }

    /// <summary>Sends a message (text, or a card submission when <paramref name="value"/> is set) and returns the replies.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(TeamsUser user, string? text, object? value = null)
    {
        var activity = user.Activity(ActivityTypes.Message);
        activity.Text = text;
        activity.Value = value is null ? null : JObject.FromObject(value);
        return await ProcessAsync(activity);
    }

    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity)
    {
        var bot = _factory.Services.GetRequiredService<IBot>();
        await Adapter.ProcessAsSentAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
            replies.Add(reply);
        return replies;
    }

    public async Task<Programme> SeedProgrammeAsync(string name, string leadObjectId, IReadOnlyList<string>? skills = null, ProgrammeStatus status = ProgrammeStatus.Open)
    {
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = name,
            TenantId = Tenant,
            Leads = [leadObjectId],
            StartDate = new DateOnly(2026, 12, 1),
            EndDate = new DateOnly(2027, 6, 30),
            SkillsCatalogue = skills ?? ["Data engineering", "Public speaking", "Negotiation"],
            Status = status,
        };
        await Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, CancellationToken.None);
        return programme;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on a slow shutdown; the temp folder is cleaned by the OS.
        }
    }
}
