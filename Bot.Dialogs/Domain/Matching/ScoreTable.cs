namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Every pair's score in one round, computed once (in parallel: pairs are independent) into a flat array: -1 for a
/// pair that may not be proposed. 5,000 × 1,000 pairs take 20 MB.
/// </summary>
internal sealed class ScoreTable
{
    private readonly int[] scores;

    private ScoreTable(int mentees, int mentors, int[] scores)
    {
        Mentees = mentees;
        Mentors = mentors;
        this.scores = scores;
    }

    public int Mentees { get; }

    public int Mentors { get; }

    public int this[int mentee, int mentor] => scores[(mentee * Mentors) + mentor];

    public static Comparison<(int Mentor, int Score)> BestFirst { get; } =
        (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Mentor.CompareTo(b.Mentor);

    public static ScoreTable Build(MatchScorer scorer)
    {
        var n = scorer.Mentees.Count;
        var m = scorer.Mentors.Count;
        var scores = new int[n * m];
        Parallel.For(0, n, i =>
        {
            for (var j = 0; j < m; j++)
                scores[(i * m) + j] = scorer.Score(i, j);
        });
        return new ScoreTable(n, m, scores);
    }

    /// <summary>Each mentee's best <paramref name="count"/> compatible mentors, best first (ties: lower index).</summary>
    public List<(int Mentor, int Score)>[] BestMentors(int count)
    {
        var best = new List<(int Mentor, int Score)>[Mentees];
        Parallel.For(0, Mentees, i =>
        {
            var list = new List<(int Mentor, int Score)>(count + 1);
            for (var j = 0; j < Mentors; j++)
            {
                var score = this[i, j];
                if (score < 0 || (list.Count == count && BestFirst((j, score), list[^1]) >= 0))
                    continue;
                var at = list.BinarySearch((j, score), Comparer<(int Mentor, int Score)>.Create(BestFirst));
                list.Insert(at < 0 ? ~at : at, (j, score));
                if (list.Count > count)
                    list.RemoveAt(list.Count - 1);
            }

            best[i] = list;
        });
        return best;
    }

    /// <summary>Compatible pairs whose score exceeds the solution's duals: the ones that could still raise the total.</summary>
    public IReadOnlyList<(int Mentee, int Mentor, int Score)> PairsAboveDuals(AssignmentSolution solution)
    {
        var found = new List<(int, int, int)>[Mentees];
        Parallel.For(0, Mentees, i =>
        {
            List<(int, int, int)>? mine = null;
            for (var j = 0; j < Mentors; j++)
            {
                var score = this[i, j];
                if (score >= 0 && score > solution.MenteeDual[i] + solution.MentorDual[j])
                    (mine ??= []).Add((i, j, score));
            }

            found[i] = mine ?? [];
        });
        return [.. found.SelectMany(f => f)];
    }
}
