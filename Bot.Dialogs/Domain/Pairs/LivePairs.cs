namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>
/// The rules that span pairs: in one programme a mentee has at most one live pair (proposed, offered or active) and
/// a mentor at most their capacity. Checked against the programme's stored pairs at the moment a new pair is saved.
/// </summary>
public static class LivePairs
{
    public static Placement Check(IEnumerable<Pair> programmePairs, Pair candidate, int mentorCapacity)
    {
        ArgumentNullException.ThrowIfNull(programmePairs);
        ArgumentNullException.ThrowIfNull(candidate);
        var pairs = programmePairs.ToList();
        if (pairs.Any(p => string.Equals(p.Id, candidate.Id, StringComparison.Ordinal)))
            return Placement.AlreadyExists;
        if (!candidate.IsLive)
            return Placement.Allowed;
        if (pairs.Any(p => p.IsLive && string.Equals(p.MenteeId, candidate.MenteeId, StringComparison.OrdinalIgnoreCase)))
            return Placement.MenteeTaken;
        return pairs.Count(p => p.IsLive && string.Equals(p.MentorId, candidate.MentorId, StringComparison.OrdinalIgnoreCase)) >= mentorCapacity
            ? Placement.MentorFull
            : Placement.Allowed;
    }
}
