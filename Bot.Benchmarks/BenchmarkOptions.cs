using System.Globalization;

namespace MentorBot.Benchmarks;

internal sealed record BenchmarkOptions(int Mentees, int Mentors, int Runs, int Seed, bool Exact, string? Out, DateOnly ReferenceDate)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchmarkOptions(
            Number("--mentees", 5000),
            Number("--mentors", 1000),
            Number("--runs", 3),
            Number("--seed", 42),
            !args.Contains("--no-exact"),
            Value("--out"),
            // A week when the US has changed its clocks and Europe has not: the hardest case for shared hours.
            new DateOnly(2026, 3, 11));
    }
}
