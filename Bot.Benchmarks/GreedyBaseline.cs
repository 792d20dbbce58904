namespace MentorBot.Benchmarks;

/// <summary>What a simple implementation would do: take pairs best first while both sides are free.</summary>
internal static class GreedyBaseline
{
    public static (long Total, int Pairs) Solve(ScoreMatrix matrix)
    {
        var pairs = new List<(int Score, int Mentee, int Mentor)>();
        for (var i = 0; i < matrix.Mentees; i++)
        {
            for (var j = 0; j < matrix.Mentors; j++)
            {
                if (matrix[i, j] >= 0)
                    pairs.Add((matrix[i, j], i, j));
            }
        }

        pairs.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Mentee != b.Mentee ? a.Mentee.CompareTo(b.Mentee) : a.Mentor.CompareTo(b.Mentor));
        var placed = new bool[matrix.Mentees];
        var left = (int[])matrix.Capacity.Clone();
        long total = 0;
        var count = 0;
        foreach (var (score, mentee, mentor) in pairs)
        {
            if (placed[mentee] || left[mentor] == 0)
                continue;
            placed[mentee] = true;
            left[mentor]--;
            total += score;
            count++;
        }

        return (total, count);
    }
}
