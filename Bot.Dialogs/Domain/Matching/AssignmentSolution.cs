namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// An assignment and the linear-programming duals that prove it best: mentee i's u[i], mentor j's v[j], both at
/// least zero. If every compatible pair has u[i] + v[j] ≥ its score, no assignment within the capacities can beat
/// <see cref="DualBound"/>, and the assignment's <see cref="Total"/> equals it.
/// </summary>
internal sealed record AssignmentSolution(int[] MentorOf, long Total, long[] MenteeDual, long[] MentorDual, long DualBound, int Edges);
