using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// Builds a programme's matching round from what is stored: the mentees who are available and have no live pair,
/// the mentors, the refused pairs (never proposed again), earlier pairs of the same people, and each mentor's live
/// pairs as their load. The same stored state gives the same round (the seed comes from the programme id).
/// </summary>
public sealed class MatchingRounds(ParticipantStore participants, PairStore pairs, TimeProvider time)
{
    /// <summary>The round and what it was built from.</summary>
    public sealed record Snapshot(MatchingRound Round, IReadOnlyList<Participant> People, IReadOnlyList<Pair> Pairs)
    {
        public Participant? Person(string userObjectId) =>
            People.FirstOrDefault(p => string.Equals(p.UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase));

        public bool IsInRound(string menteeId) => Round.Mentees.Any(m => m.UserObjectId == menteeId);
    }

    public async Task<Snapshot> BuildAsync(Programme programme, CancellationToken cancellationToken)
    {
        var people = await participants.InProgrammeAsync(programme.Id, cancellationToken);
        var stored = await pairs.InProgrammeAsync(programme.Id, cancellationToken);
        var reference = ReferenceDate(programme);
        var live = stored.Where(p => p.IsActive || p.IsPending).ToList();
        var placed = live.Select(p => p.MenteeId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var round = new MatchingRound
        {
            Programme = programme,
            Mentees = [.. people.Where(p => p.Role == Role.Mentee && IsAvailable(p, reference) && !placed.Contains(p.UserObjectId))],
            Mentors = [.. people.Where(p => p.Role == Role.Mentor && p.Status != ParticipantStatus.Left)],
            ReferenceDate = reference,
            DeclinedPairs = [.. stored.Where(p => p.IsRefused).Select(p => p.Key)],
            PreviousPairs = [.. stored.Where(p => p.Status == PairStatus.Ended).Select(p => p.Key)],
            CurrentLoads = live.GroupBy(p => p.MentorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Seed = SeedOf(programme.Id),
        };
        return new Snapshot(round, people, stored);
    }

    /// <summary>The day pairs start meeting: today, or the programme's start when it is later.</summary>
    public DateOnly ReferenceDate(Programme programme)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return today > programme.StartDate ? today : programme.StartDate;
    }

    // A pause that ends by the reference date does not keep a mentee out of the round.
    private static bool IsAvailable(Participant p, DateOnly reference) =>
        p.Status == ParticipantStatus.Active || (p.Status == ParticipantStatus.Paused && p.PausedUntil is { } until && until <= reference);

    // FNV-1a: string.GetHashCode differs between processes, and a round must be the same after a restart.
    private static int SeedOf(string programmeId)
    {
        var hash = 2166136261u;
        foreach (var c in programmeId)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
