using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>
/// The solver on its own, on random score tables with many ties (scores 1–6) and missing edges: the total is the
/// brute-force optimum, every mentor within capacity, and the duals bound every edge (what the pricing check relies on).
/// </summary>
public sealed class CapacitatedAssignmentTests
{
    [Fact]
    public void OnRandomTables_TheTotalIsOptimal_AndTheDualsBoundEveryEdge()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var (n, m) = (random.Next(0, 8), random.Next(1, 5));
            var capacity = Enumerable.Range(0, m).Select(_ => random.Next(0, 3)).ToArray();
            var score = new int[n, m];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                    score[i, j] = capacity[j] == 0 || random.Next(4) == 0 ? -1 : random.Next(1, 7);
            }

            var edges = new CandidateEdges([.. Enumerable.Range(0, n).Select(i => (IReadOnlyList<(int, int)>)[.. Enumerable.Range(0, m).Where(j => score[i, j] >= 0).Select(j => (j, score[i, j]))])]);
            var solution = CapacitatedAssignment.Solve(n, m, capacity, edges);

            Assert.True(Best(score, capacity, 0) == solution.Total, $"seed {seed}: {solution.Total} is not the optimum {Best(score, capacity, 0)}");
            Assert.Equal(solution.Total, solution.DualBound);
            for (var j = 0; j < m; j++)
                Assert.True(solution.MentorOf.Count(x => x == j) <= capacity[j], $"seed {seed}: mentor {j} over capacity");
            for (var i = 0; i < n; i++)
            {
                Assert.True(solution.MenteeDual[i] >= 0, $"seed {seed}: negative mentee dual");
                if (solution.MentorOf[i] >= 0)
                    Assert.True(score[i, solution.MentorOf[i]] >= 0, $"seed {seed}: assigned over a missing edge");
                for (var j = 0; j < m; j++)
                {
                    Assert.True(solution.MentorDual[j] >= 0, $"seed {seed}: negative mentor dual");
                    Assert.True(score[i, j] < 0 || solution.MenteeDual[i] + solution.MentorDual[j] >= score[i, j], $"seed {seed}: dual below edge ({i},{j})");
                }
            }
        }
    }

    private static long Best(int[,] score, int[] left, int i)
    {
        if (i == score.GetLength(0))
            return 0;
        var best = Best(score, left, i + 1);
        for (var j = 0; j < left.Length; j++)
        {
            if (score[i, j] < 0 || left[j] == 0)
                continue;
            left[j]--;
            best = Math.Max(best, score[i, j] + Best(score, left, i + 1));
            left[j]++;
        }

        return best;
    }
}
