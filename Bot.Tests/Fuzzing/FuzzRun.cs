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
/// One fuzzing run, shared by the tests that judge it: seeds the world in the real host, posts every generated case to
/// /api/messages over HTTP (<see cref="Degree"/> at a time, one sender's cases one after another, as one person's
/// presses reach the bot), then audits the store. Settings: <c>MENTORBOT_FUZZ_SEED</c> (replay),
/// <c>MENTORBOT_FUZZ_ACTIVITIES</c> (default 10,000), <c>MENTORBOT_FUZZ_DEGREE</c> (default 4; 1 replays in exactly the order generated).
/// </summary>
public sealed class FuzzRun : IAsyncLifetime
{
    private const int HarvestEvery = 200;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _senderTurns = new(StringComparer.Ordinal);
    private int _harvestedRequests;
    private int _errorsLogged;

    public FuzzHost Host { get; } = new();

    public FuzzSeed Seed { get; } = FuzzSeed.FromEnvironment();

    public int Activities { get; } = Setting("MENTORBOT_FUZZ_ACTIVITIES", 10_000);

    public int Degree { get; } = Setting("MENTORBOT_FUZZ_DEGREE", 4);

    public TimeSpan Elapsed { get; private set; }

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
        var fuzzer = new ActivityFuzzer(Seed, world, Host.ServiceUrl, values => new PayloadFuzzer(values, world, harvest, actions, verbs));

        using var client = Host.App.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(Degree);
        var running = new List<Task>();
        for (var i = 0; i < Activities; i++)
        {
            if (i % HarvestEvery == 0)
                HarvestConnector(harvest);
            var fuzzCase = fuzzer.Next(i);
            Count(fuzzCase);
            await slots.WaitAsync();
            var turn = _senderTurns.GetOrAdd(fuzzCase.Sender.User.ObjectId + fuzzCase.Sender.User.TenantId, _ => new SemaphoreSlim(1));
            await turn.WaitAsync();
            running.Add(PostAsync(client, fuzzCase, harvest).ContinueWith(_ => { turn.Release(); slots.Release(); }, TaskScheduler.Default));
            running.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(running);
        Elapsed = clock.Elapsed;
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
        .AppendLine(CultureInfo.InvariantCulture, $"{Seed} {Activities} activities over HTTP, {Degree} at a time, in {Elapsed.TotalSeconds:0.0} s")
        .AppendLine(CultureInfo.InvariantCulture, $"replay: {FuzzSeed.Variable}={Seed.Value} dotnet test Bot.Tests --filter \"FullyQualifiedName~Fuzzing\"")
        .AppendLine("kinds: " + string.Join(", ", Kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")))
        .AppendLine("statuses: " + string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")))
        .ToString();

    private static bool IsError(Infrastructure.CapturedLogs.LogEntry entry) =>
        entry.Level >= LogLevel.Error || entry.Message.Contains("unhandled", StringComparison.OrdinalIgnoreCase);

    private async Task PostAsync(HttpClient client, FuzzCase fuzzCase, CardHarvest harvest)
    {
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
