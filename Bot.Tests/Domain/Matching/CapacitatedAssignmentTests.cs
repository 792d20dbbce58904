using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>
/// The solver on its own, on random score tables with many ties (scores 1–6) and missing edges: the total is the
/// brute-force optimum, every mentor within capacity, and the duals bound every edge (what the pricing check relies
/// on); also when mentees are given their edges a few at a time and re-inserted.
/// </summary>
public sealed class CapacitatedAssignmentTests
{
    [Fact]
    public void OnRandomTables_TheTotalIsOptimal_AndTheDualsBoundEveryEdge()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var (score, capacity) = Table(seed);
            var solution = CapacitatedAssignment.Solve(capacity, Edges(score, (_, _) => true));

            AssertOptimalWithDuals(seed, score, capacity, solution);
        }
    }

    [Fact]
    public void ReinsertingMenteesWithMoreEdges_KeepsTheAssignmentOptimal()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var (score, capacity) = Table(seed);
            var random = new Random(seed);
            var first = new bool[score.GetLength(0), score.GetLength(1)];
            for (var i = 0; i < score.GetLength(0); i++)
            {
                for (var j = 0; j < score.GetLength(1); j++)
                    first[i, j] = random.Next(3) == 0;
            }

            var solver = new CapacitatedAssignment(capacity, Edges(score, (i, j) => first[i, j]));
            solver.AddAll();
            var rest = Edges(score, (i, j) => !first[i, j]);
            foreach (var i in Enumerable.Range(0, score.GetLength(0)).OrderBy(_ => random.Next()))
            {
                if (rest[i].Count > 0)
                    solver.Reinsert(i, rest[i]);
            }

            AssertOptimalWithDuals(seed, score, capacity, solver.Solution());
        }
    }

    [Fact]
    public void ReinsertingAnEdgeTheSolverHas_IsRefusedAsABug()
    {
        var solver = new CapacitatedAssignment([1], [[(0, 5)]]);
        solver.AddAll();

        Assert.Throws<InvalidOperationException>(() => solver.Reinsert(0, [(0, 5)]));
    }

    private static (int[,] Score, int[] Capacity) Table(int seed)
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

        return (score, capacity);
    }

    private static List<(int Mentor, int Score)>[] Edges(int[,] score, Func<int, int, bool> keep) =>
        [.. Enumerable.Range(0, score.GetLength(0)).Select(i => Enumerable.Range(0, score.GetLength(1)).Where(j => score[i, j] >= 0 && keep(i, j)).Select(j => (j, score[i, j])).ToList())];

    private static void AssertOptimalWithDuals(int seed, int[,] score, int[] capacity, AssignmentSolution solution)
    {
        var (n, m) = (score.GetLength(0), score.GetLength(1));
        var best = Best(score, (int[])capacity.Clone(), 0);
        Assert.True(best == solution.Total, $"seed {seed}: {solution.Total} is not the optimum {best}");
        Assert.Equal(solution.Total, solution.DualBound);
        for (var j = 0; j < m; j++)
        {
            Assert.True(solution.MentorOf.Count(x => x == j) <= capacity[j], $"seed {seed}: mentor {j} over capacity");
            Assert.True(solution.MentorDual[j] >= 0, $"seed {seed}: negative mentor dual");
        }

        for (var i = 0; i < n; i++)
        {
            Assert.True(solution.MenteeDual[i] >= 0, $"seed {seed}: negative mentee dual");
            if (solution.MentorOf[i] >= 0)
                Assert.True(score[i, solution.MentorOf[i]] >= 0, $"seed {seed}: assigned over a missing edge");
            for (var j = 0; j < m; j++)
                Assert.True(score[i, j] < 0 || solution.MenteeDual[i] + solution.MentorDual[j] >= score[i, j], $"seed {seed}: dual below edge ({i},{j})");
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
