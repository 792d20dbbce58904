using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Benchmarks;

/// <summary>Collects the measurements and writes RESULTS.md: the table, the machine, the load, and how to reproduce.</summary>
internal sealed class BenchmarkReport(BenchmarkOptions options, MatchingRound round)
{
    public List<Measured<MatchingResult>> Ours { get; } = [];

    public Measured<ScoreMatrix>? Matrix { get; set; }

    public Measured<(long Total, int Pairs)>? Greedy { get; set; }

    public Measured<(long Total, int Pairs, string Status)>? Exact { get; set; }

    public long PeakAfterOurs { get; set; }

    public long PeakAfterExact { get; set; }

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    private MatchingResult Best => Ours[0].Result;

    public bool OursIsExact => Best.Proof.Bound == Best.TotalScore && (Exact is null || Exact.Result.Total == Best.TotalScore);

    public string Markdown()
    {
        var walls = Ours.Select(o => o.Elapsed.TotalSeconds).Order().ToList();
        var cpus = Ours.Select(o => o.Cpu.TotalSeconds).Order().ToList();
        var exactTotal = Exact?.Result.Total;
        string Ratio(long total) => exactTotal is { } e && e > 0 ? (100.0 * total / e).ToString("F3", CultureInfo.InvariantCulture) + " %" : "n/a";
        string Seconds(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));
        var precomputed = Matrix is null ? string.Empty : $" + {Matrix.Elapsed.TotalSeconds:F2} s to score all pairs";
        var sb = new StringBuilder();
        sb.AppendLine("# Matching benchmark");
        sb.AppendLine();
        sb.AppendLine($"{round.Mentees.Count:N0} mentees × {round.Mentors.Count:N0} mentors (capacities 1–5; {round.Mentors.Sum(round.RemainingCapacityOf):N0} places left after current loads), seed {options.Seed}, reference week of {round.ReferenceDate:yyyy-MM-dd} (the US on summer time, Europe not yet); {Matrix?.Result.CompatiblePairs:N0} compatible pairs out of {(long)round.Mentees.Count * round.Mentors.Count:N0}. Profiles: 14 departments, 50 skills, 13 office time zones, 1–3 languages; {round.PreviousPairs.Count:N0} earlier pairs excluded.");
        sb.AppendLine();
        sb.AppendLine("| solver | total score | pairs | of exact | wall time | CPU time | allocated | peak working set |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        sb.AppendLine($"| **ours**: `Matcher.Match` end to end (profiles, every pair's score, exact solve with proof, explanations, unmatched reasons) | {Best.TotalScore:N0} | {Best.Pairs.Count:N0} | {Ratio(Best.TotalScore)} | **{walls[walls.Count / 2]:F2} s** median ({Seconds(walls)}) | {cpus[cpus.Count / 2]:F2} s median ({Seconds(cpus)}) | {Measurement.Mb(Ours.Max(o => o.Allocated))} per run | **{Measurement.Mb(PeakAfterOurs)}** (whole process, instance included) |");
        if (Greedy is { } greedy)
            sb.AppendLine($"| greedy baseline: best pair first while both are free | {greedy.Result.Total:N0} | {greedy.Result.Pairs:N0} | {Ratio(greedy.Result.Total)} | {greedy.Elapsed.TotalSeconds:F2} s{precomputed} | {greedy.Cpu.TotalSeconds:F2} s | {Measurement.Mb(greedy.Allocated)} | |");
        if (Exact is { } exact)
            sb.AppendLine($"| exact reference: Google OR-Tools 9.15 `MinCostFlow` on all compatible pairs ({exact.Result.Status}) | {exact.Result.Total:N0} | {exact.Result.Pairs:N0} | 100 % | {exact.Elapsed.TotalSeconds:F2} s{precomputed} | {exact.Cpu.TotalSeconds:F2} s | native | {Measurement.Mb(PeakAfterExact)} (process, after it ran) |");
        sb.AppendLine();
        sb.AppendLine($"Our own optimality proof: dual bound {Best.Proof.Bound:N0} {(Best.Proof.Bound == Best.TotalScore ? "=" : "≠")} total {Best.TotalScore:N0}, after {Best.Proof.Rounds} check(s) of the duals against every compatible pair; the solver worked on {Best.Proof.CandidateEdges:N0} of them.");
        sb.AppendLine();
        sb.AppendLine("## Machine and conditions");
        sb.AppendLine();
        sb.AppendLine($"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        sb.AppendLine($"- CPU: {CpuModel()}, {Environment.ProcessorCount} logical cores; memory {MemoryTotal()}");
        sb.AppendLine($"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}); runtime {RuntimeInformation.FrameworkDescription}, Release build, workstation GC");
        sb.AppendLine($"- Load average (1, 5, 15 min) before our runs: {LoadBefore}; after: {LoadAfter}. Other builds and tests shared the 2 cores while measuring, so wall times are upper bounds; CPU time is the steadier figure.");
        sb.AppendLine("- Harness: a console program (Stopwatch, process CPU time, `GC.GetTotalAllocatedBytes`, peak working set), one small warm-up round then the timed runs (the first timed run still pays for the JIT recompiling hot loops at the large size; the median is the steady figure); not BenchmarkDotNet, whose many iterations of a multi-second workload would take long on a shared machine and add nothing to a quality comparison.");
        sb.AppendLine();
        sb.AppendLine("## Reproduce");
        sb.AppendLine();
        sb.AppendLine("```");
        sb.AppendLine("dotnet run -c Release --project Bot.Benchmarks");
        sb.AppendLine("dotnet run -c Release --project Bot.Benchmarks -- --out Bot.Benchmarks/RESULTS.md   # rewrite this file");
        sb.AppendLine("dotnet run -c Release --project Bot.Benchmarks -- --mentees 20000 --mentors 4000 --runs 1 --no-exact");
        sb.AppendLine("```");
        return sb.ToString();
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    private static string MemoryTotal() =>
        File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim()
            : "unknown";
}
