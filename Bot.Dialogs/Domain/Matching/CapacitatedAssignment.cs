namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// The best total score under mentor capacities, exactly: a min-cost flow (mentee → mentor at minus the score,
/// mentor → sink up to the capacity, mentee → sink "unmatched" at zero) solved by successive shortest paths, one
/// mentee at a time. Each mentee added sends its unit along the cheapest path in the residual graph, which may move
/// earlier mentees to other mentors or leave one unmatched when that raises the total; Johnson potentials keep the
/// arc costs non-negative for Dijkstra, and the search stops as soon as the sink is reached. Adding a node with only
/// outgoing arcs creates no cycle, so after each step the flow is optimal for the mentees added so far (the
/// successive-shortest-path invariant), and after the last step for all. Ties are broken by node index, which the
/// caller makes stable.
/// </summary>
internal sealed class CapacitatedAssignment
{
    private const int NodeBits = 22;
    private const long Unreached = long.MaxValue;

    private readonly int n;
    private readonly int m;
    private readonly int sink;
    private readonly int[] capacity;
    private readonly CandidateEdges edges;

    private readonly long[] potential;
    private long offset;

    private readonly int[] mentorOf;
    private readonly int[] scoreOf;
    private readonly int[] slotStart;
    private readonly int[] slots;
    private readonly int[] slotOf;
    private readonly int[] load;

    private readonly long[] distance;
    private readonly int[] parent;
    private readonly int[] parentScore;
    private readonly int[] seen;
    private readonly bool[] settled;
    private readonly List<int> touched = [];
    private readonly PriorityQueue<int, long> queue = new();
    private int search;

    private CapacitatedAssignment(int mentees, int mentors, int[] capacity, CandidateEdges edges)
    {
        if (mentees + mentors + 1 >= 1 << NodeBits)
            throw new ArgumentOutOfRangeException(nameof(mentees), "Too many people for one matching round.");
        n = mentees;
        m = mentors;
        sink = n + m;
        this.capacity = capacity;
        this.edges = edges;
        potential = new long[n + m + 1];
        mentorOf = new int[n];
        Array.Fill(mentorOf, -1);
        scoreOf = new int[n];
        slotStart = new int[m + 1];
        for (var j = 0; j < m; j++)
            slotStart[j + 1] = slotStart[j] + Math.Max(0, capacity[j]);
        slots = new int[slotStart[m]];
        slotOf = new int[n];
        load = new int[m];
        distance = new long[n + m + 1];
        parent = new int[n + m + 1];
        parentScore = new int[n + m + 1];
        seen = new int[n + m + 1];
        settled = new bool[n + m + 1];
    }

    /// <param name="capacity">Mentees each mentor can still take.</param>
    /// <param name="edges">Each mentee's compatible mentors and scores; mentees are added in index order.</param>
    public static AssignmentSolution Solve(int mentees, int mentors, int[] capacity, CandidateEdges edges)
    {
        var solver = new CapacitatedAssignment(mentees, mentors, capacity, edges);
        for (var i = 0; i < mentees; i++)
            solver.Add(i);
        return solver.Solution();
    }

    private long P(int node) => potential[node] + offset;

    private void Add(int mentee)
    {
        if (edges.Start[mentee] == edges.Start[mentee + 1])
            return;

        // Its potential makes every arc out of it non-negative: the best edge becomes zero-cost.
        var best = P(sink);
        for (var k = edges.Start[mentee]; k < edges.Start[mentee + 1]; k++)
            best = Math.Max(best, P(n + edges.Mentor[k]) + edges.Score[k]);
        potential[mentee] = best - offset;

        var reached = ShortestPathToSink(mentee);
        UpdatePotentials(reached);
        Augment(mentee);
    }

    private long ShortestPathToSink(int source)
    {
        search++;
        touched.Clear();
        queue.Clear();
        Reach(source, 0, -1, 0);
        while (queue.TryDequeue(out var node, out var key))
        {
            if (settled[node] || key >> NodeBits != distance[node])
                continue;
            settled[node] = true;
            var d = distance[node];
            if (node == sink)
                return d;
            var p = P(node);
            if (node < n)
            {
                Reach(sink, d + p - P(sink), node, 0);
                for (var k = edges.Start[node]; k < edges.Start[node + 1]; k++)
                {
                    var j = edges.Mentor[k];
                    if (j != mentorOf[node])
                        Reach(n + j, d + p - edges.Score[k] - P(n + j), node, edges.Score[k]);
                }
            }
            else
            {
                var j = node - n;
                for (var s = slotStart[j]; s < slotStart[j] + load[j]; s++)
                {
                    var other = slots[s];
                    Reach(other, d + p + scoreOf[other] - P(other), node, 0);
                }

                if (load[j] < capacity[j])
                    Reach(sink, d + p - P(sink), node, 0);
            }
        }

        throw new InvalidOperationException("The sink is always reachable through the unmatched arc.");
    }

    private void Reach(int node, long d, int from, int score)
    {
        System.Diagnostics.Debug.Assert(from < 0 || d >= distance[from], "Reduced costs must stay non-negative.");
        if (seen[node] != search)
        {
            seen[node] = search;
            settled[node] = false;
            distance[node] = Unreached;
            touched.Add(node);
        }

        if (d >= distance[node])
            return;
        distance[node] = d;
        parent[node] = from;
        parentScore[node] = score;
        queue.Enqueue(node, (d << NodeBits) | (long)node);
    }

    // π'(v) = π(v) + min(d(v), D) keeps every residual arc non-negative and makes the path just found zero-cost;
    // nodes the search did not touch all move by D, which the shared offset does in O(1).
    private void UpdatePotentials(long reached)
    {
        offset += reached;
        foreach (var node in touched)
            potential[node] += Math.Min(distance[node], reached) - reached;
    }

    private void Augment(int source)
    {
        // Path: source → mentor → mentee → mentor … → sink. Moves out first, so a full mentor never holds one too many.
        var path = new List<int>();
        for (var node = parent[sink]; node != -1; node = parent[node])
            path.Add(node);
        path.Reverse();
        for (var k = 1; k < path.Count; k++)
        {
            if (path[k] < n && path[k - 1] >= n)
                Remove(path[k]);
        }

        for (var k = 0; k < path.Count; k++)
        {
            var node = path[k];
            if (node < n && k + 1 < path.Count)
                Assign(node, path[k + 1] - n, parentScore[path[k + 1]]);
        }

        System.Diagnostics.Debug.Assert(path[0] == source, "The path starts at the mentee being added.");
    }

    private void Remove(int mentee)
    {
        var j = mentorOf[mentee];
        var last = slotStart[j] + load[j] - 1;
        var at = slotOf[mentee];
        slots[at] = slots[last];
        slotOf[slots[at]] = at;
        load[j]--;
        mentorOf[mentee] = -1;
    }

    private void Assign(int mentee, int mentor, int score)
    {
        var at = slotStart[mentor] + load[mentor];
        slots[at] = mentee;
        slotOf[mentee] = at;
        load[mentor]++;
        mentorOf[mentee] = mentor;
        scoreOf[mentee] = score;
    }

    // Duals from the potentials (see AssignmentSolution): v[j] = max(0, π(sink) − π(j)); a matched mentee takes the
    // rest of its edge's score, an unmatched one zero. Non-negative reduced costs on every residual arc make these
    // feasible on the candidate edges, and their bound equals the total.
    private AssignmentSolution Solution()
    {
        var mentorDual = new long[m];
        for (var j = 0; j < m; j++)
            mentorDual[j] = Math.Max(0, P(sink) - P(n + j));
        var menteeDual = new long[n];
        long total = 0;
        for (var i = 0; i < n; i++)
        {
            if (mentorOf[i] < 0)
                continue;
            total += scoreOf[i];
            menteeDual[i] = scoreOf[i] - mentorDual[mentorOf[i]];
        }

        var bound = menteeDual.Sum() + Enumerable.Range(0, m).Sum(j => (long)capacity[j] * mentorDual[j]);
        return new AssignmentSolution((int[])mentorOf.Clone(), total, menteeDual, mentorDual, bound);
    }
}
