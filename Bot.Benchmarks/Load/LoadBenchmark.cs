using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using MentorBot.Benchmarks.Harness;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// The load benchmark's entry point: one loopback Bot Connector (no limits) and one loopback Graph for the run; the
/// echo bot, then MentorBot, each its own process, each given the same open-loop schedule of warm-up plus measured
/// seconds at the rate; the table printed and, given --out, written into RESULTS.md. Exit code 0 only when
/// MentorBot's throughput is at least 0.9 of the echo bot's, its p99 within 1.5 times the echo bot's, and neither
/// had an error (nor logged a failure) in the whole run.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var time = TimeProvider.System;
        var botDll = BotBuild.Dll();
        var workFolder = Path.Combine(Path.GetTempPath(), "mentorbot-load", time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(workFolder);
        var conditions = new List<string>
        {
            $"Date (UTC) {time.GetUtcNow():yyyy-MM-dd HH:mm}; {CpuModel()}, {Environment.ProcessorCount} logical cores; {RuntimeInformation.OSDescription}; .NET {Environment.Version}",
            $"Load average (1, 5, 15 min) at the start: {Measurement.LoadAverage()}",
        };

        var replies = new ReplyBook();
        await using var connector = await TeamsLimitConnector.StartAsync(time, limits: false, observer: replies.Observe);
        await using var graph = await LoopbackGraph.StartAsync(time);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var run = new LoadPhase(options, http, connector, graph, replies);

        // Both in Development with an empty app id: neither checks an incoming token nor asks for an outgoing one.
        // Both on server GC, the web SDK's default (MentorBot's own build sets nothing else).
        var common = new Dictionary<string, string>(StringComparer.Ordinal) { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_gcServer"] = "1" };

        var echoLog = Path.Combine(workFolder, "echo-bot.log");
        Console.WriteLine($"[echo] starting the echo bot; log {echoLog}");
        PhaseResult echo;
        using (var bot = BotProcess.Start(typeof(LoadBenchmark).Assembly.Location, ["echo-bot"], echoLog, common))
            echo = await run.RunAsync("echo bot", bot, Mixes.Echo(options.Seed, options.Pairs), healthPath: null, CancellationToken.None);
        Print(echo);

        var dataFolder = Path.Combine(workFolder, "mentorbot");
        Directory.CreateDirectory(dataFolder);
        await LoadWorld.SeedAsync(Path.Combine(dataFolder, "mentorbot.db"), options.Pairs, time, CancellationToken.None);
        var mentorLog = Path.Combine(workFolder, "mentorbot.log");
        Console.WriteLine($"[MentorBot] seeded a programme and {options.Pairs} pairs in {dataFolder}; starting the bot; log {mentorLog}");
        var settings = new Dictionary<string, string>(common)
        {
            ["Graph__Credential"] = "StaticToken",
            ["Graph__StaticToken"] = LoopbackGraph.Token,
            ["Graph__BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph__TenantId"] = LoadWorld.Tenant,
        };
        foreach (var (key, value) in options.BotSettings)
            settings[key] = value;
        PhaseResult mentor;
        using (var bot = BotProcess.StartMentorBot(botDll, dataFolder, mentorLog, settings))
            mentor = await run.RunAsync("MentorBot", bot, Mixes.MentorBot(options.Seed, options.Pairs), healthPath: "/readyz", CancellationToken.None);
        Print(mentor);

        conditions.Add($"Load average at the end: {Measurement.LoadAverage()}");
        var report = new LoadReport(options, echo, mentor, conditions);
        var markdown = report.Markdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Out is not null)
        {
            ResultsSection.Write(options.Out, "load", markdown);
            Console.WriteLine($"Written to {options.Out}");
        }

        Console.WriteLine($"Logs and data in {workFolder}");
        return report.Passed ? 0 : 1;
    }

    private static void Print(PhaseResult r) => Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"[{r.Name}] {r.Measured.Count} measured of {r.Samples.Count}; {r.Throughput:F1} req/s; p50 {r.P50:F1} ms, p99 {r.P99:F1} ms, max {r.Max:F0} ms; errors {r.Errors}; bot CPU {r.BotCpu:F1} s, harness CPU {r.HarnessCpu:F1} s; connector posts {r.ConnectorPosts}; load {r.LoadBefore} → {r.LoadAfter}"));

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo") && File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()
            : RuntimeInformation.ProcessArchitecture.ToString();
}
