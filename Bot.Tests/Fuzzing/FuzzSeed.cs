using System.Globalization;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// The fuzzer's seed: <c>MENTORBOT_FUZZ_SEED</c> when set (to replay a failure), else a fresh one. Everything the
/// fuzzer generates comes from one <see cref="Random"/> built from it, so the same seed generates the same activities.
/// </summary>
public sealed record FuzzSeed(int Value, bool Replayed)
{
    public const string Variable = "MENTORBOT_FUZZ_SEED";

    public static FuzzSeed FromEnvironment()
    {
        var set = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(set))
            return new FuzzSeed(Random.Shared.Next(), Replayed: false);
        return int.TryParse(set, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? new FuzzSeed(value, Replayed: true)
            : throw new InvalidOperationException($"{Variable} must be an integer, not '{set}'.");
    }

    /// <summary>What every assertion message starts with, so a failure names the command that replays it.</summary>
    public override string ToString() => $"[{Variable}={Value.ToString(CultureInfo.InvariantCulture)}]";
}
