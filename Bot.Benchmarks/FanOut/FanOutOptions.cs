using System.Globalization;

namespace MentorBot.Benchmarks.FanOut;

/// <param name="Nudges">People owed one nudge each (two per pair), so an even number.</param>
/// <param name="Settle">How long the connector keeps listening once every nudge arrived, for late duplicates: longer
/// than the bot's claim lease plus an outbox run, so a message a killed process left claimed would have been re-sent.</param>
/// <param name="Runs">"clean", "killed", "stopped" or several of them.</param>
/// <param name="BotSettings">Extra configuration for the bot (--bot Key=Value, repeatable), for experiments.</param>
internal sealed record FanOutOptions(int Nudges, TimeSpan Settle, TimeSpan ClaimLease, IReadOnlyList<string> Runs, string? Out, IReadOnlyDictionary<string, string> BotSettings)
{
    /// <summary>Without a kill no claim is left behind: a cron minute and an outbox run are enough to see a late duplicate.</summary>
    public TimeSpan CleanSettle => Settle < TimeSpan.FromSeconds(70) ? Settle : TimeSpan.FromSeconds(70);

    public static FanOutOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var nudges = Value("--nudges") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        if (nudges < 2 || nudges % 2 != 0)
            throw new ArgumentException("--nudges must be an even number of at least 2: one per person, two people per pair.");
        var lease = TimeSpan.FromSeconds(150);
        return new FanOutOptions(
            nudges,
            Value("--settle") is { } s ? TimeSpan.FromSeconds(int.Parse(s, CultureInfo.InvariantCulture)) : lease + TimeSpan.FromSeconds(75),
            lease,
            Value("--runs") is { } r ? r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : ["clean", "killed", "stopped"],
            Value("--out"),
            args.Zip(args.Skip(1)).Where(p => p.First == "--bot").Select(p => p.Second.Split('=', 2)).ToDictionary(kv => kv[0].Replace(":", "__", StringComparison.Ordinal), kv => kv[1], StringComparer.Ordinal));
    }
}
