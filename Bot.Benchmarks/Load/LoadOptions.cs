using System.Globalization;

namespace MentorBot.Benchmarks.Load;

/// <param name="Rate">Requests per second, open loop.</param>
/// <param name="Seconds">The measured part of each bot's schedule.</param>
/// <param name="WarmUp">The unmeasured part before it (JIT, connection pools, Graph's and the stores' caches).</param>
/// <param name="Pairs">Active pairs seeded; their people are the ones who find a time and check in.</param>
/// <param name="BotSettings">Extra configuration for MentorBot (--bot Key=Value, repeatable), for experiments.</param>
internal sealed record LoadOptions(double Rate, int Seconds, int WarmUp, int Pairs, int Seed, string? Out, IReadOnlyDictionary<string, string> BotSettings)
{
    public const double ThroughputBar = 0.9;
    public const double P99Bar = 1.5;

    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadOptions(
            Value("--rate") is { } r ? double.Parse(r, CultureInfo.InvariantCulture) : 50,
            Number("--seconds", 60),
            Number("--warmup", 15),
            Number("--pairs", 200),
            Number("--seed", 42),
            Value("--out"),
            args.Zip(args.Skip(1)).Where(p => p.First == "--bot").Select(p => p.Second.Split('=', 2)).ToDictionary(kv => kv[0].Replace(":", "__", StringComparison.Ordinal), kv => kv[1], StringComparer.Ordinal));
    }
}
