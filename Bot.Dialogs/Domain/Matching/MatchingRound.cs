using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Everything one matching run looks at: the programme (its type and weights), the mentees to place, the mentors who
/// can take them, who was paired before (never again), how many mentees each mentor already has, and the date whose
/// week working hours are compared over (the date the pairs will start meeting: today, or the programme start if later).
/// </summary>
public sealed record MatchingRound
{
    public required Programme Programme { get; init; }

    public required IReadOnlyList<Participant> Mentees { get; init; }

    public required IReadOnlyList<Participant> Mentors { get; init; }

    public required DateOnly ReferenceDate { get; init; }

    /// <summary>Pairs from earlier rounds or earlier programmes; a repeat is excluded.</summary>
    public IReadOnlyCollection<PairKey> PreviousPairs { get; init; } = [];

    /// <summary>Proposals declined (or left to expire) in this programme: the pair is not proposed again, and the next candidate is.</summary>
    public IReadOnlyCollection<PairKey> DeclinedPairs { get; init; } = [];

    /// <summary>Mentees each mentor already has (by mentor id); their capacity left is what this round can use.</summary>
    public IReadOnlyDictionary<string, int> CurrentLoads { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Breaks ties between equally good answers: the same seed and the same people give the same pairs whatever order
    /// the lists arrive in; another seed may choose differently among equals, never a worse total.
    /// </summary>
    public int Seed { get; init; }

    public MatchingWeights Weights => Programme.Weights;

    /// <summary>A mentor's capacity: their own, or the programme's default when they gave none.</summary>
    public int CapacityOf(Participant mentor) => Programme.CapacityOf(mentor);

    public int RemainingCapacityOf(Participant mentor) =>
        Math.Max(0, CapacityOf(mentor) - CurrentLoads.GetValueOrDefault(mentor.UserObjectId));
}
