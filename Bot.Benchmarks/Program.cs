using System.Globalization;
using MentorBot.Benchmarks;
using MentorBot.Benchmarks.FanOut;
using MentorBot.Benchmarks.Harness;
using MentorBot.Dialogs.Domain.Matching;

// dotnet run -c Release --project Bot.Benchmarks [-- --mentees 5000 --mentors 1000 --runs 3 --seed 42 --no-exact --out Bot.Benchmarks/RESULTS.md]
// dotnet run -c Release --project Bot.Benchmarks -- digest [--pairs 10000 --weeks 52 --runs 3 --out Bot.Benchmarks/RESULTS.md]
// dotnet run -c Release --project Bot.Benchmarks -- fanout [--nudges 10000 --runs clean,killed,stopped --settle 225 --out Bot.Benchmarks/RESULTS.md]
// dotnet run -c Release --project Bot.Benchmarks -- load [--rate 50 --seconds 60 --warmup 15 --pairs 200 --out Bot.Benchmarks/RESULTS.md]
if (args.FirstOrDefault() == "echo-bot")
{
    // Not a benchmark: the load benchmark's baseline bot, which it starts as a child process of its own.
    return await MentorBot.Benchmarks.Load.EchoBot.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "load")
{
    CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    return await MentorBot.Benchmarks.Load.LoadBenchmark.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "digest")
{
    CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    return await MentorBot.Benchmarks.Digest.DigestBenchmark.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "fanout")
{
    CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    return await FanOutBenchmark.RunAsync(args[1..]);
}

var options = BenchmarkOptions.Parse(args);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine($"Generating {options.Mentees} mentees × {options.Mentors} mentors (seed {options.Seed})…");
var round = new ProfileGenerator(options.Seed).Round(options.Mentees, options.Mentors, options.ReferenceDate);
var report = new BenchmarkReport(options, round);

// Warm-up on a small round so the timed runs do not pay for JIT compilation.
Matcher.Match(new ProfileGenerator(options.Seed + 1).Round(300, 60, options.ReferenceDate));

report.LoadBefore = Measurement.LoadAverage();
for (var run = 1; run <= options.Runs; run++)
{
    var ours = Measurement.Run(() => Matcher.Match(round));
    report.Ours.Add(ours);
    Console.WriteLine($"ours run {run}: {ours.Elapsed.TotalSeconds:F2} s wall, {ours.Cpu.TotalSeconds:F2} s CPU, {Measurement.Mb(ours.Allocated)} allocated, total {ours.Result.TotalScore}, bound {ours.Result.Proof.Bound}, {ours.Result.Pairs.Count} pairs, {ours.Result.Proof.Rounds} check(s), {ours.Result.Proof.CandidateEdges} edges");
}

report.PeakAfterOurs = Measurement.PeakWorkingSet();
report.LoadAfter = Measurement.LoadAverage();
Console.WriteLine($"peak working set after our runs: {Measurement.Mb(report.PeakAfterOurs)}; load average {report.LoadBefore} → {report.LoadAfter}");

report.Matrix = Measurement.Run(() => ScoreMatrix.Of(round));
var matrix = report.Matrix.Result;
Console.WriteLine($"score matrix for the baselines: {report.Matrix.Elapsed.TotalSeconds:F2} s, {matrix.CompatiblePairs} compatible pairs");
report.Greedy = Measurement.Run(() => GreedyBaseline.Solve(matrix));
Console.WriteLine($"greedy: {report.Greedy.Elapsed.TotalSeconds:F2} s, total {report.Greedy.Result.Total}, {report.Greedy.Result.Pairs} pairs");

if (options.Exact)
{
    report.Exact = Measurement.Run(() => OrToolsReference.Solve(matrix));
    report.PeakAfterExact = Measurement.PeakWorkingSet();
    Console.WriteLine($"OR-Tools: {report.Exact.Elapsed.TotalSeconds:F2} s, {report.Exact.Result.Status}, total {report.Exact.Result.Total}, {report.Exact.Result.Pairs} pairs; peak working set now {Measurement.Mb(report.PeakAfterExact)}");
}

var markdown = report.Markdown();
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Out is not null)
{
    ResultsSection.Write(options.Out, "matching", markdown);
    Console.WriteLine($"Written to {options.Out}");
}

// Non-zero when our total is not the exact optimum, so a script can rely on the exit code.
return report.OursIsExact ? 0 : 1;
