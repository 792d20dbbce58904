namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Every pair's score in one round, computed once (in parallel: pairs are independent) into a flat array: -1 for a
/// pair that may not be proposed. Scores fit in 16 bits (seven weights of at most 1,000), so 5,000 × 1,000 pairs take 10 MB.
/// </summary>
internal sealed class ScoreTable
{
    private const int TransposeBlock = 64;

    private readonly short[] scores;

    private ScoreTable(int mentees, int mentors, short[] scores)
    {
        Mentees = mentees;
        Mentors = mentors;
        this.scores = scores;
    }

    public int Mentees { get; }

    public int Mentors { get; }

    public int this[int mentee, int mentor] => scores[(mentee * Mentors) + mentor];

    public static Comparison<(int Index, int Score)> BestFirst { get; } =
        (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index);

    public static ScoreTable Build(MatchScorer scorer)
    {
        var n = scorer.Mentees.Count;
        var m = scorer.Mentors.Count;
        var scores = new short[n * m];
        Parallel.For(0, n, i =>
        {
            for (var j = 0; j < m; j++)
                scores[(i * m) + j] = (short)scorer.Score(i, j);
        });
        return new ScoreTable(n, m, scores);
    }

    /// <summary>
    /// The first edges the solver works on: each mentee's best <paramref name="perMentee"/> mentors, and each mentor's
    /// best mentees (<paramref name="perMentor"/> of its places: the ones who compete for them), best first.
    /// </summary>
    public List<(int Mentor, int Score)>[] Candidates(int perMentee, Func<int, int> perMentor)
    {
        var candidates = new List<(int Mentor, int Score)>[Mentees];
        Parallel.For(0, Mentees, i => candidates[i] = Best(scores.AsSpan(i * Mentors, Mentors), perMentee));
        var byMentor = Transposed();
        var fromMentors = new List<(int Mentee, int Score)>[Mentors];
        Parallel.For(0, Mentors, j => fromMentors[j] = Best(byMentor.AsSpan(j * Mentees, Mentees), perMentor(j)));
        for (var j = 0; j < Mentors; j++)
        {
            foreach (var (i, score) in fromMentors[j])
            {
                if (!candidates[i].Exists(c => c.Mentor == j))
                    candidates[i].Add((j, score));
            }
        }

        foreach (var list in candidates)
            list.Sort(BestFirst);
        return candidates;
    }

    /// <summary>Compatible pairs whose score exceeds the solution's duals: the ones that could still raise the total.</summary>
    public IReadOnlyList<(int Mentee, int Mentor, int Score)> PairsAboveDuals(AssignmentSolution solution)
    {
        var found = new List<(int, int, int)>[Mentees];
        Parallel.For(0, Mentees, i =>
        {
            List<(int, int, int)>? mine = null;
            var row = scores.AsSpan(i * Mentors, Mentors);
            var u = solution.MenteeDual[i];
            for (var j = 0; j < row.Length; j++)
            {
                if (row[j] >= 0 && row[j] > u + solution.MentorDual[j])
                    (mine ??= []).Add((i, j, row[j]));
            }

            found[i] = mine ?? [];
        });
        return [.. found.SelectMany(f => f)];
    }

    // The best `count` compatible entries of a row, best first (ties: lower index): a sorted list kept at `count`.
    private static List<(int Index, int Score)> Best(ReadOnlySpan<short> row, int count)
    {
        var best = new List<(int Index, int Score)>(count + 1);
        if (count <= 0)
            return best;
        var comparer = Comparer<(int Index, int Score)>.Create(BestFirst);
        for (var k = 0; k < row.Length; k++)
        {
            var score = row[k];
            if (score < 0 || (best.Count == count && score <= best[^1].Score))
                continue;
            var at = best.BinarySearch((k, score), comparer);
            best.Insert(at < 0 ? ~at : at, (k, score));
            if (best.Count > count)
                best.RemoveAt(best.Count - 1);
        }

        return best;
    }

    // Column reads of a 20 MB row-major table miss the cache at every step; a blocked transpose makes them rows.
    private short[] Transposed()
    {
        var transposed = new short[scores.Length];
        var blocks = (Mentees + TransposeBlock - 1) / TransposeBlock;
        Parallel.For(0, blocks, block =>
        {
            var top = block * TransposeBlock;
            var bottom = Math.Min(Mentees, top + TransposeBlock);
            for (var left = 0; left < Mentors; left += TransposeBlock)
            {
                var right = Math.Min(Mentors, left + TransposeBlock);
                for (var i = top; i < bottom; i++)
                {
                    for (var j = left; j < right; j++)
                        transposed[(j * Mentees) + i] = scores[(i * Mentors) + j];
                }
            }
        });
        return transposed;
    }
}
