using System.Diagnostics;

namespace MentorBot.Benchmarks.Load;

/// <summary>What one bot did under the schedule: every request (warm-up included), and what was seen around it.</summary>
internal sealed record PhaseResult(string Name, IReadOnlyList<Sample> Samples)
{
    /// <summary>CPU seconds the bot process used during the measured part (read at its start and once all was answered).</summary>
    public double BotCpu { get; init; }

    /// <summary>CPU seconds this process (load generator, connector, Graph) used over the same part.</summary>
    public double HarnessCpu { get; init; }

    public int ConnectorPosts { get; init; }

    /// <summary>Connector posts not tied to a request (proactive messages, or a reply after its request was answered).</summary>
    public int Unpaired { get; init; }

    /// <summary>Lines the bot logged at level fail or crit during the run.</summary>
    public int LoggedFailures { get; init; }

    public string LoadBefore { get; init; } = "n/a";

    public string LoadAfter { get; init; } = "n/a";

    public int Users { get; init; }

    public int FellBack { get; init; }

    public IReadOnlyDictionary<string, int> GraphRequests { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<Sample> Measured => [.. Samples.Where(s => s.Measured)];

    /// <summary>Errors over the whole run, warm-up included: non-2xx, exceptions, missing or wrong replies.</summary>
    public int Errors => Samples.Count(s => s.Error is not null);

    public int MeasuredErrors => Measured.Count(s => s.Error is not null);

    /// <summary>Requests answered without error per second, from the first measured request's due time to the last answer.</summary>
    public double Throughput
    {
        get
        {
            var measured = Measured;
            if (measured.Count == 0)
                return 0;
            var span = (measured.Max(s => s.Done) - measured.Min(s => s.Due)) / (double)Stopwatch.Frequency;
            return measured.Count(s => s.Error is null) / span;
        }
    }

    public double P50 => Percentile(Measured, 50);

    public double P99 => Percentile(Measured, 99);

    public double Max => Measured.Count == 0 ? 0 : Measured.Max(s => s.LatencyMs);

    /// <summary>The most the generator sent a request after it was due (its own delay, on a shared machine).</summary>
    public double MaxLateness => Samples.Count == 0 ? 0 : Samples.Max(s => s.LatenessMs);

    public double CpuPerRequestMs => Measured.Count == 0 ? 0 : 1000 * BotCpu / Measured.Count;

    /// <summary>Nearest rank: the smallest latency that at least <paramref name="percent"/> % of the requests did not exceed.</summary>
    public static double Percentile(IReadOnlyCollection<Sample> samples, double percent)
    {
        if (samples.Count == 0)
            return 0;
        var sorted = samples.Select(s => s.LatencyMs).Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
