namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Proposes the pairs of a round: the greatest total score the mentors' capacities allow, over compatible pairs only
/// (<see cref="MatchScorer"/>), the same for the same input. All pairs are scored once. The exact solver
/// (<see cref="CapacitatedAssignment"/>) starts from each mentee's best few mentors and each mentor's best few
/// mentees; its duals are then checked against every compatible pair, and a mentee with a pair that could still
/// raise the total is given those mentors and re-inserted, until none is left. So the answer is exact, with a proof,
/// while the solver sees a small part of a large round (5,000 × 1,000: about 80,000 of 5,000,000 pairs).
/// </summary>
public static class Matcher
{
    /// <summary>Each mentee's best mentors the first solve works on.</summary>
    internal const int InitialCandidates = 16;

    /// <summary>Each mentor's best mentees per place they have, plus a few: the ones who compete for those places.</summary>
    internal const int MenteesPerPlace = 4;

    public static MatchingResult Match(MatchingRound round) => Match(round, InitialCandidates, MenteesPerPlace);

    /// <summary>Tests start from fewer candidates to make the pricing check and re-insertion do the work.</summary>
    internal static MatchingResult Match(MatchingRound round, int initialCandidates, int menteesPerPlace)
    {
        var scorer = MatchScorer.For(round);
        var scores = ScoreTable.Build(scorer);
        var capacity = Enumerable.Range(0, scores.Mentors).Select(scorer.RemainingCapacity).ToArray();
        var candidates = scores.Candidates(initialCandidates, j => capacity[j] == 0 ? 0 : menteesPerPlace * (capacity[j] + 1));

        var solver = new CapacitatedAssignment(capacity, candidates);
        solver.AddAll();
        for (var rounds = 1; ; rounds++)
        {
            var solution = solver.Solution();
            var missing = scores.PairsAboveDuals(solution);
            if (missing.Count == 0)
                return Result(scorer, scores, solution, new OptimalityProof(solution.DualBound, solution.Edges, rounds));
            foreach (var mentee in missing.GroupBy(p => p.Mentee))
                solver.Reinsert(mentee.Key, [.. mentee.Select(p => (p.Mentor, p.Score))]);
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
}
