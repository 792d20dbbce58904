using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// One fuzzing run, shared by the tests that judge it: seeds the world in the real host, sends every generated case
/// (<see cref="Degree"/> at a time, one sender's cases one after another, as one person's presses reach the bot), then
/// audits the store. Every broken envelope and every activity that is not a message or an invoke, and
/// <see cref="HttpPercent"/> of the rest, are posted to /api/messages over HTTP; the others run through the same bot
/// in process (<see cref="InProcessAdapter"/>), because 10,000 HTTP turns with their connector replies do not fit the
/// CI budget on two cores, while the bot, its middleware, state and store are the same on both paths.
/// Settings: <c>MENTORBOT_FUZZ_SEED</c> (replay), <c>MENTORBOT_FUZZ_ACTIVITIES</c> (default 10,000),
/// <c>MENTORBOT_FUZZ_HTTP_PERCENT</c> (default 30; 100 sends all over HTTP), <c>MENTORBOT_FUZZ_DEGREE</c> (default 4; 1
/// replays in exactly the order generated).
/// </summary>
public sealed class FuzzRun : IAsyncLifetime
{
    private const int HarvestEvery = 200;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _senderTurns = new(StringComparer.Ordinal);
    private int _harvestedRequests;
    private int _errorsLogged;
    private int _sentOverHttp;
    private InProcessAdapter _inProcess = null!;
    private Microsoft.Bot.Builder.IBot _bot = null!;

    public FuzzHost Host { get; } = new();

    public FuzzSeed Seed { get; } = FuzzSeed.FromEnvironment();

    public int Activities { get; } = Setting("MENTORBOT_FUZZ_ACTIVITIES", 10_000);

    public int Degree { get; } = Setting("MENTORBOT_FUZZ_DEGREE", 4);

    public int HttpPercent { get; } = Math.Min(100, Setting("MENTORBOT_FUZZ_HTTP_PERCENT", 30));

    public int SentOverHttp => _sentOverHttp;

    /// <summary>Exceptions that escaped an in-process turn (over HTTP the adapter logs them as errors instead).</summary>
    public ConcurrentBag<string> TurnExceptions { get; } = [];

    public TimeSpan Elapsed { get; private set; }

    /// <summary>CPU time the whole test process used during the run: what the run costs on a busy machine, where wall time says little.</summary>
    public TimeSpan ProcessorTime { get; private set; }

    /// <summary>Cases answered with a 5xx, or whose request failed, with what came back.</summary>
    public ConcurrentBag<string> ServerErrors { get; } = [];

    /// <summary>Cases in flight when an error was logged: the culprit is among them (exactly it when <see cref="Degree"/> is 1).</summary>
    public ConcurrentBag<string> InFlightAtAnError { get; } = [];

    public ConcurrentDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    /// <summary>How many cases aimed at each verb and each command (by its English name), for the coverage check.</summary>
    public ConcurrentDictionary<string, int> Subjects { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> RegisteredVerbs { get; private set; } = [];

    public IReadOnlyList<string> AuditProblems { get; private set; } = [];

    public IReadOnlyList<Infrastructure.CapturedLogs.LogEntry> ErrorLogs =>
        [.. Host.App.Logs.Entries.Where(IsError)];

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        var services = Host.App.Services;
        var world = await FuzzWorld.CreateAsync(services);
        Host.App.Logs.Written = entry =>
        {
            if (IsError(entry))
                Interlocked.Increment(ref _errorsLogged);
        };
        var audit = new StoredStateAudit(services);
        var capacities = await audit.CapacitiesAsync();

        var actions = services.GetRequiredService<CardActionRouter>().Actions;
        RegisteredVerbs = [.. actions.Keys.Order(StringComparer.Ordinal)];
        IReadOnlyList<string> verbs = [.. actions.Keys.Concat(CardVerbs.Declared()).Append(FlowCards.FlowVerb).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var harvest = new CardHarvest();
        _inProcess = new InProcessAdapter(services.GetRequiredService<Teams.ChannelDataCheck>(), services.GetRequiredService<Teams.TenantAllowList>(), harvest);
        _bot = services.GetRequiredService<Microsoft.Bot.Builder.IBot>();
        var fuzzer = new ActivityFuzzer(Seed, world, Host.ServiceUrl, values => new PayloadFuzzer(values, world, harvest, actions, verbs));

        using var client = Host.App.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var slots = new SemaphoreSlim(Degree);
        using var queued = new SemaphoreSlim(Degree * 16);
        var running = new List<Task>();
        for (var i = 0; i < Activities; i++)
        {
            if (i % HarvestEvery == 0)
                HarvestConnector(harvest);
            var fuzzCase = fuzzer.Next(i);
            Count(fuzzCase);
            await queued.WaitAsync();
            running.Add(TurnAsync(client, fuzzCase, harvest, slots, queued));
            if (running.Count > Degree * 64)
                running.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(running);
        Elapsed = clock.Elapsed;
        ProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        AuditProblems = await audit.CheckAsync(capacities);
    }

    public async Task DisposeAsync()
    {
        foreach (var turn in _senderTurns.Values)
            turn.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>What a run says about itself in the test output.</summary>
    public string Summary() => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"{Seed} {Activities} activities ({SentOverHttp} over HTTP, the rest in process), {Degree} at a time, in {Elapsed.TotalSeconds:0.0} s ({ProcessorTime.TotalSeconds:0.0} s of CPU)")
        .AppendLine(CultureInfo.InvariantCulture, $"replay: {FuzzSeed.Variable}={Seed.Value} dotnet test Bot.Tests --filter \"FullyQualifiedName~Fuzzing\"")
        .AppendLine("kinds: " + string.Join(", ", Kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")))
        .AppendLine("statuses: " + string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")))
        .ToString();

    private static bool IsError(Infrastructure.CapturedLogs.LogEntry entry) =>
        entry.Level >= LogLevel.Error || entry.Message.Contains("unhandled", StringComparison.OrdinalIgnoreCase);

    // One sender's cases in the order generated (as one person's presses reach the bot), at most Degree posts at once.
    private async Task TurnAsync(HttpClient client, FuzzCase fuzzCase, CardHarvest harvest, SemaphoreSlim slots, SemaphoreSlim queued)
    {
        var turn = _senderTurns.GetOrAdd(fuzzCase.Sender.User.TenantId + "/" + fuzzCase.Sender.User.ObjectId, _ => new SemaphoreSlim(1));
        await turn.WaitAsync();
        await slots.WaitAsync();
        try
        {
            if (OverHttp(fuzzCase))
                await PostAsync(client, fuzzCase, harvest);
            else
                await RunInProcessAsync(fuzzCase);
        }
        finally
        {
            slots.Release();
            turn.Release();
            queued.Release();
        }
    }

    private bool OverHttp(FuzzCase fuzzCase) =>
        fuzzCase.Kind.Contains("broken", StringComparison.Ordinal) || fuzzCase.Kind.StartsWith("other", StringComparison.Ordinal) || fuzzCase.Index % 100 < HttpPercent;

    private async Task RunInProcessAsync(FuzzCase fuzzCase)
    {
        var errorsBefore = Volatile.Read(ref _errorsLogged);
        try
        {
            var status = await _inProcess.ProcessAsync(fuzzCase.Body, _bot, default);
            Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500)
                ServerErrors.Add($"{status} (in process) for {fuzzCase.Describe()}");
        }
        catch (Exception e)
        {
            Statuses.AddOrUpdate(500, 1, (_, n) => n + 1);
            TurnExceptions.Add($"{e}{Environment.NewLine}for {fuzzCase.Describe()}");
        }

        if (Volatile.Read(ref _errorsLogged) > errorsBefore)
            InFlightAtAnError.Add(fuzzCase.Describe());
    }

    private async Task PostAsync(HttpClient client, FuzzCase fuzzCase, CardHarvest harvest)
    {
        Interlocked.Increment(ref _sentOverHttp);
        var errorsBefore = Volatile.Read(ref _errorsLogged);
        try
        {
            using var content = new StringContent(fuzzCase.Body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            var status = (int)response.StatusCode;
            Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
                ServerErrors.Add($"{status} {Cut(body)} for {fuzzCase.Describe()}");
            else if (body.Length > 0 && body.TrimStart().StartsWith('{'))
                harvest.Collect(TryParse(body)?["value"]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            ServerErrors.Add($"request failed ({e.GetType().Name}: {e.Message}) for {fuzzCase.Describe()}");
        }

        if (Volatile.Read(ref _errorsLogged) > errorsBefore)
            InFlightAtAnError.Add(fuzzCase.Describe());
    }

    private void HarvestConnector(CardHarvest harvest)
    {
        var requests = Host.Connector.Requests;
        for (var i = _harvestedRequests; i < requests.Count; i++)
        {
            foreach (var attachment in requests[i].Activity?.Attachments ?? [])
                harvest.Collect(attachment.Content as JToken);
        }

        _harvestedRequests = requests.Count;
    }

    private void Count(FuzzCase fuzzCase)
    {
        Kinds.AddOrUpdate(fuzzCase.Kind, 1, (_, n) => n + 1);
        if (fuzzCase.Subject is { } subject)
            Subjects.AddOrUpdate(subject, 1, (_, n) => n + 1);
    }

    private static JToken? TryParse(string body)
    {
        try
        {
            return JToken.Parse(body);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text) => text.Length > 500 ? text[..500] + "…" : text;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
