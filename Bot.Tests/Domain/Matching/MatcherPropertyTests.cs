using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>
/// What must hold for every round, checked on hundreds of random ones (FsCheck prints the failing round's seed and
/// sizes, and RandomRound rebuilds it exactly).
/// </summary>
public sealed class MatcherPropertyTests
{
    [Property(MaxTest = 300)]
    public Property TheFastScore_AgreesWithTheExplainedScore_OnEveryPair() => Prop.ForAll(Rounds.UpTo(8, 6), r =>
    {
        var scorer = MatchScorer.For(r.Build());
        return Enumerable.Range(0, scorer.Mentees.Count).All(i => Enumerable.Range(0, scorer.Mentors.Count).All(j =>
        {
            var explained = scorer.Explain(i, j);
            return scorer.Score(i, j) == (explained.IsCompatible ? explained.Total : -1)
                && explained.Total == explained.Components.Sum(c => c.Points);
        }));
    });

    [Property(MaxTest = 300)]
    public Property Total_EqualsTheBruteForceOptimum() => Prop.ForAll(Rounds.UpTo(6, 4), r =>
    {
        var round = r.Build();
        return Matcher.Match(round).TotalScore == BruteForce.BestTotal(MatchScorer.For(round));
    });

    [Property(MaxTest = 300)]
    public Property Total_EqualsTheBruteForceOptimum_WhenTheSolverStartsFromOneMentorEach() => Prop.ForAll(Rounds.UpTo(6, 4), r =>
    {
        // One candidate per mentee forces the pricing check to find the pairs that matter and solve again.
        var round = r.Build();
        return Matcher.Match(round, initialCandidates: 1, menteesPerPlace: 0).TotalScore == BruteForce.BestTotal(MatchScorer.For(round));
    });

    [Property(MaxTest = 300)]
    public Property TheProofsBound_EqualsTheTotal() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var result = Matcher.Match(r.Build(), initialCandidates: 2, menteesPerPlace: 0);
        return result.Proof.Bound == result.TotalScore;
    });

    [Property(MaxTest = 200)]
    public Property NoMentor_TakesMoreThanTheirCapacityLeft() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var round = r.Build();
        var result = Matcher.Match(round);
        return round.Mentors.All(b => result.Pairs.Count(p => p.Mentor.UserObjectId == b.UserObjectId) <= round.RemainingCapacityOf(b));
    });

    [Property(MaxTest = 200)]
    public Property EveryMentee_IsEitherPairedOnceOrUnmatchedWithAReason() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var round = r.Build();
        var result = Matcher.Match(round);
        var placed = result.Pairs.Select(p => p.Mentee.UserObjectId).Concat(result.Unmatched.Select(u => u.Mentee.UserObjectId)).Order(StringComparer.Ordinal);
        return placed.SequenceEqual(round.Mentees.Select(a => a.UserObjectId).Order(StringComparer.Ordinal))
            && result.Unmatched.All(u => MatchReasonKeys.All.Contains(u.Reason.MessageKey));
    });

    [Property(MaxTest = 200)]
    public Property EveryPair_IsCompatible_AndTheTotalIsTheirSum() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var result = Matcher.Match(r.Build());
        return result.Pairs.All(p => p.Score.IsCompatible) && result.Pairs.Sum(p => (long)p.Score.Total) == result.TotalScore;
    });

    [Property(MaxTest = 200)]
    public Property TheSeniorityRule_IsHonoured_InvertedForReverseMentoring() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var result = Matcher.Match(r.Build());
        return result.Pairs
            .Where(p => p.Mentee.Seniority is not null && p.Mentor.Seniority is not null)
            .All(p => r.Reverse ? p.Mentor.Seniority <= p.Mentee.Seniority : p.Mentor.Seniority >= p.Mentee.Seniority);
    });

    [Property(MaxTest = 200)]
    public Property NoEarlierOrDeclinedPairing_IsProposed() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var round = r.Build();
        var earlier = round.PreviousPairs.Concat(round.DeclinedPairs).ToHashSet();
        return Matcher.Match(round).Pairs.All(p => !earlier.Contains(new PairKey(p.Mentee.UserObjectId, p.Mentor.UserObjectId)));
    });

    [Property(MaxTest = 100)]
    public Property TheSameRound_GivesTheSamePairs_WhateverOrderThePeopleCameIn() => Prop.ForAll(Rounds.UpTo(12, 6), r =>
    {
        var round = r.Build();
        var shuffled = round with { Mentees = [.. round.Mentees.Reverse()], Mentors = [.. round.Mentors.Reverse()] };
        return Pairs(Matcher.Match(round)).SequenceEqual(Pairs(Matcher.Match(round)))
            && Pairs(Matcher.Match(round)).SequenceEqual(Pairs(Matcher.Match(shuffled)));
    });

    [Property(MaxTest = 100)]
    public Property UnmatchedReasons_TellNoFitFromNoPlace() => Prop.ForAll(Rounds.UpTo(8, 4), r =>
    {
        var round = r.Build();
        var scorer = MatchScorer.For(round);
        return Matcher.Match(round).Unmatched.All(u =>
        {
            var i = scorer.Mentees.ToList().FindIndex(a => a.UserObjectId == u.Mentee.UserObjectId);
            var anyFit = Enumerable.Range(0, scorer.Mentors.Count).Any(j => scorer.IsCompatibleButForCapacity(i, j));
            return u.Reason.MessageKey switch
            {
                MatchReasonKeys.UnmatchedNotActive => u.Mentee.Status != ParticipantStatus.Active,
                MatchReasonKeys.UnmatchedNoCapacityLeft => anyFit,
                MatchReasonKeys.UnmatchedNoCompatibleMentor => !anyFit,
                _ => false,
            };
        });
    });

    private static IEnumerable<string> Pairs(MatchingResult result) =>
        result.Pairs.Select(p => $"{p.Mentee.UserObjectId}>{p.Mentor.UserObjectId}:{p.Score.Total}");
}
