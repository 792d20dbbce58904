namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Proposes the pairs of a round: the greatest total score the mentors' capacities allow, over compatible pairs only
/// (<see cref="MatchScorer"/>), the same for the same input. All pairs are scored once; the exact solver
/// (<see cref="CapacitatedAssignment"/>) then works on each mentee's best few mentors, and its duals are checked
/// against every compatible pair. A pair that could still raise the total is added and the solve repeated, so the
/// answer is exact while the solver sees a small part of a large round (5,000 × 1,000 in a few seconds).
/// </summary>
public static class Matcher
{
    /// <summary>Each mentee's best mentors the first solve works on; the pricing check adds any other that matters.</summary>
    internal const int InitialCandidates = 16;

    public static MatchingResult Match(MatchingRound round) => Match(round, InitialCandidates);

    internal static MatchingResult Match(MatchingRound round, int initialCandidates)
    {
        var scorer = MatchScorer.For(round);
        var scores = ScoreTable.Build(scorer);
        var candidates = scores.BestMentors(initialCandidates);
        var capacity = Enumerable.Range(0, scores.Mentors).Select(scorer.RemainingCapacity).ToArray();
        for (var rounds = 1; ; rounds++)
        {
            var edges = new CandidateEdges(candidates);
            var solution = CapacitatedAssignment.Solve(scores.Mentees, scores.Mentors, capacity, edges);
            var missing = scores.PairsAboveDuals(solution);
            if (missing.Count == 0)
                return Result(scorer, scores, solution, new OptimalityProof(solution.DualBound, edges.Count, rounds));
            candidates = Merge(candidates, missing);
        }
    }

    /// <summary>A mentee's best compatible mentors, best first: what the mentee chooses from, or who is asked next after a decline.</summary>
    public static IReadOnlyList<MatchScore> Suggestions(MatchingRound round, string menteeId, int count)
    {
        var scorer = MatchScorer.For(round);
        var mentee = scorer.Mentees.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.UserObjectId == menteeId);
        if (mentee.p is null)
            throw new ArgumentException($"No mentee '{menteeId}' in this round.", nameof(menteeId));
        return [.. Enumerable.Range(0, scorer.Mentors.Count)
            .Select(j => (j, score: scorer.Score(mentee.i, j)))
            .Where(x => x.score >= 0)
            .OrderByDescending(x => x.score).ThenBy(x => x.j)
            .Take(count)
            .Select(x => scorer.Explain(mentee.i, x.j))];
    }

    private static MatchingResult Result(MatchScorer scorer, ScoreTable scores, AssignmentSolution solution, OptimalityProof proof)
    {
        var pairs = new List<ProposedPair>();
        var unmatched = new List<UnmatchedMentee>();
        for (var i = 0; i < scores.Mentees; i++)
        {
            var mentee = scorer.Mentees[i];
            if (solution.MentorOf[i] is var j and >= 0)
                pairs.Add(new ProposedPair(mentee, scorer.Mentors[j], scorer.Explain(i, j)));
            else
                unmatched.Add(new UnmatchedMentee(mentee, new MatchReason(UnmatchedReason(scorer, scores, i))));
        }

        return new MatchingResult(
            [.. pairs.OrderBy(p => p.Mentee.UserObjectId, StringComparer.Ordinal)],
            [.. unmatched.OrderBy(u => u.Mentee.UserObjectId, StringComparer.Ordinal)],
            solution.Total,
            proof);
    }

    private static string UnmatchedReason(MatchScorer scorer, ScoreTable scores, int mentee)
    {
        if (!scorer.IsMenteeAvailable(mentee))
            return MatchReasonKeys.UnmatchedNotActive;
        var anyFit = Enumerable.Range(0, scores.Mentors).Any(j => scores[mentee, j] >= 0 || scorer.IsCompatibleButForCapacity(mentee, j));
        return anyFit ? MatchReasonKeys.UnmatchedNoCapacityLeft : MatchReasonKeys.UnmatchedNoCompatibleMentor;
    }

    private static List<(int Mentor, int Score)>[] Merge(List<(int Mentor, int Score)>[] candidates, IReadOnlyList<(int Mentee, int Mentor, int Score)> missing)
    {
        foreach (var (mentee, mentor, score) in missing)
        {
            // The duals hold on every edge the solver saw; a violation there would be a solver bug, not a missing edge.
            if (candidates[mentee].Exists(c => c.Mentor == mentor))
                throw new InvalidOperationException($"The assignment's duals fail on an edge it was given (mentee {mentee}, mentor {mentor}).");
            candidates[mentee].Add((mentor, score));
        }

        foreach (var list in candidates)
            list.Sort(ScoreTable.BestFirst);
        return candidates;
    }
}
