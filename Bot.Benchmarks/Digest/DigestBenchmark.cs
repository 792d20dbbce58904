using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using MentorBot.Benchmarks.Harness;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Storage;

namespace MentorBot.Benchmarks.Digest;

/// <summary>
/// The lead digest at scale (issue 14): one programme of <c>--pairs</c> pairs and <c>--weeks</c> of check-ins seeded in
/// Azurite through the bot's own stores, then the digest built several times through the same stores over a Tables
/// client that counts its requests. Reports the wall time and the requests of each build against the budget (2 s,
/// pairs/1000 + 10 requests) and, given --out, writes the table into RESULTS.md. Exit code 0 only when the budget is met.
/// </summary>
internal static class DigestBenchmark
{
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var pairs = Value("--pairs") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 10_000;
        var weeks = Value("--weeks") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 52;
        var runs = Value("--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
        var output = Value("--out");
        var conditions = $"Date (UTC) {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm}; {Environment.ProcessorCount} logical cores; .NET {Environment.Version}; Azurite in memory on loopback; load average before: {Measurement.LoadAverage()}.";

        using var azurite = await AzuriteProcess.StartAsync(RepositoryRoot());
        var counter = new RequestCounter();
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var store = new AzureTableEntityStore(new TableServiceClient(azurite.ConnectionString, clientOptions), "bench");

        var seed = DigestSeed.Generate(pairs, weeks, seed: 42, now: new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        Console.WriteLine($"Seeding {seed.Pairs.Count} pairs, {seed.Participants.Count} people, {seed.CheckIns.Count} check-ins, {seed.Surveys.Count} surveys…");
        var seeding = Stopwatch.StartNew();
        await DigestSeeding.WriteAsync(store, seed);
        Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:F0} s ({counter.Count} requests).");

        var builds = new List<(TimeSpan Elapsed, int Requests)>();
        var text = new Localizer("en-US");
        var cardBytes = 0;
        for (var run = 0; run <= runs; run++)
        {
            counter.Reset();
            var watch = Stopwatch.StartNew();
            cardBytes = await DigestBuild.ComposeAsync(store, seed, text);
            watch.Stop();
            Console.WriteLine($"{(run == 0 ? "warm-up" : $"run {run}")}: {watch.Elapsed.TotalSeconds:F2} s, {counter.Count} requests, card {cardBytes / 1024.0:F1} KB");
            if (run > 0)
                builds.Add((watch.Elapsed, counter.Count));
        }

        counter.Reset();
        var (read, figures) = await DigestBuild.SplitAsync(store, seed);
        Console.WriteLine($"split: reading the read model {read.TotalSeconds:F2} s ({counter.Count} requests), the figures {figures.TotalSeconds:F2} s");
        var matches = await DigestBuild.MatchesDirectAsync(store, seed);
        Console.WriteLine($"figures {(matches ? "equal" : "DIFFER from")} the direct computation from the seeded records");
        if (!matches)
            return 2;

        var budget = (pairs / 1000) + 10;
        var median = builds.OrderBy(b => b.Elapsed).ElementAt(builds.Count / 2);
        var markdown = $"""
            ### Lead digest at scale

            {pairs:N0} pairs, {seed.Participants.Count:N0} people, {seed.CheckIns.Count:N0} check-ins ({weeks} weeks), {seed.Surveys.Count:N0} surveys, in Azurite. {conditions}

            | measure | result | budget | ratio to budget |
            |---|---|---|---|
            | build time (median of {builds.Count}) | {median.Elapsed.TotalSeconds:F2} s | {TimeBudget.TotalSeconds:F0} s | {median.Elapsed / TimeBudget:F2} |
            | storage requests | {median.Requests} | {budget} | {median.Requests / (double)budget:F2} |
            | card size | {cardBytes / 1024.0:F1} KB | 28 KB (Teams) | {cardBytes / (28.0 * 1024):F2} |

            Of one build: reading the read model {read.TotalSeconds:F2} s, computing the figures {figures.TotalSeconds:F2} s, the rest is the card.
            The figures equal a direct computation from the seeded records.

            Command: `dotnet run -c Release --project Bot.Benchmarks -- digest --pairs {pairs} --weeks {weeks} --out Bot.Benchmarks/RESULTS.md`
            """;
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (output is not null)
            ResultsSection.Write(output, "digest", markdown);
        return median.Elapsed <= TimeBudget && median.Requests <= budget ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MentorBot.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository: MentorBot.sln not found above " + AppContext.BaseDirectory);
    }
}
