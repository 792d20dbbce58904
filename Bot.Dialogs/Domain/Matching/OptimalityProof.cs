namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Evidence that a round's total is the best possible: a bound no assignment within the capacities can exceed
/// (the dual of the assignment's linear program, checked against every compatible pair, not only those the solver
/// looked at). When <see cref="Bound"/> equals the total, the total is optimal.
/// </summary>
/// <param name="Bound">The upper bound on any assignment's total.</param>
/// <param name="CandidateEdges">Pairs the solver worked on, out of all compatible pairs.</param>
/// <param name="Rounds">Checks against every compatible pair: the first after the initial solve, one more after each re-insertion of the mentees a check found.</param>
public sealed record OptimalityProof(long Bound, int CandidateEdges, int Rounds);
