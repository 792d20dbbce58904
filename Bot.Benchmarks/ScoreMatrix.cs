using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Benchmarks;

/// <summary>Every pair's score through the matcher's own public scorer, so the baselines solve exactly the same problem.</summary>
internal sealed class ScoreMatrix
{
    private ScoreMatrix(MatchScorer scorer, int[] scores)
    {
        Mentees = scorer.Mentees.Count;
        Mentors = scorer.Mentors.Count;
        Capacity = [.. Enumerable.Range(0, Mentors).Select(scorer.RemainingCapacity)];
        Scores = scores;
    }

    public int Mentees { get; }

    public int Mentors { get; }

    public int[] Capacity { get; }

    /// <summary>Row-major, -1 where a pair may not be proposed.</summary>
    public int[] Scores { get; }

    public int this[int mentee, int mentor] => Scores[(mentee * Mentors) + mentor];

    public long CompatiblePairs => Scores.LongCount(s => s >= 0);

    public static ScoreMatrix Of(MatchingRound round)
    {
        var scorer = MatchScorer.For(round);
        var (n, m) = (scorer.Mentees.Count, scorer.Mentors.Count);
        var scores = new int[n * m];
        Parallel.For(0, n, i =>
        {
            for (var j = 0; j < m; j++)
                scores[(i * m) + j] = scorer.Score(i, j);
        });
        return new ScoreMatrix(scorer, scores);
    }
}
