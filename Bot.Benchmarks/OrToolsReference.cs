using Google.OrTools.Graph;

namespace MentorBot.Benchmarks;

/// <summary>
/// The exact reference: Google OR-Tools' min-cost flow (cost scaling) on the whole graph, every compatible pair an
/// arc. Source → mentee (1), mentee → mentor (1, minus the score), mentor → sink (capacity), and source → sink
/// (any amount, free) so that leaving a mentee unmatched is allowed: the minimum cost is minus the best total.
/// </summary>
internal static class OrToolsReference
{
    public static (long Total, int Pairs, string Status) Solve(ScoreMatrix matrix)
    {
        var (n, m) = (matrix.Mentees, matrix.Mentors);
        var (source, sink) = (0, n + m + 1);
        using var flow = new MinCostFlow();
        for (var i = 0; i < n; i++)
            flow.AddArcWithCapacityAndUnitCost(source, 1 + i, 1, 0);
        var firstPairArc = -1;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (matrix[i, j] < 0)
                    continue;
                var arc = flow.AddArcWithCapacityAndUnitCost(1 + i, 1 + n + j, 1, -matrix[i, j]);
                if (firstPairArc < 0)
                    firstPairArc = arc;
            }
        }

        var lastPairArc = flow.NumArcs();
        for (var j = 0; j < m; j++)
            flow.AddArcWithCapacityAndUnitCost(1 + n + j, sink, matrix.Capacity[j], 0);
        flow.AddArcWithCapacityAndUnitCost(source, sink, n, 0);
        flow.SetNodeSupply(source, n);
        flow.SetNodeSupply(sink, -n);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            return (0, 0, status.ToString());
        var pairs = 0;
        for (var arc = Math.Max(0, firstPairArc); arc < lastPairArc && firstPairArc >= 0; arc++)
            pairs += (int)flow.Flow(arc);
        return (-flow.OptimalCost(), pairs, status.ToString());
    }
}
