namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>The pairs a round proposes (by mentee id), every mentee it could not place with the reason, and the proof the total is optimal.</summary>
public sealed record MatchingResult(
    IReadOnlyList<ProposedPair> Pairs,
    IReadOnlyList<UnmatchedMentee> Unmatched,
    long TotalScore,
    OptimalityProof Proof);
