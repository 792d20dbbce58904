using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>
/// Forms the circles of a group programme. Objective: the largest sum, over circles, of the affinity between every
/// two members (<see cref="CircleAffinity"/>), with circles no larger than the programme's size and as equal as the
/// numbers allow. Exact partitioning is NP-hard, so a heuristic: volunteers (people who joined as mentors) are dealt
/// one per circle first, so that every circle has a facilitator when there are enough of them; everyone else joins,
/// in a seeded order, the circle with room where they add most; then swaps of two people between circles are made
/// while any raises the total (volunteers swap only with volunteers, so no circle loses its facilitator). The swaps
/// never lower the total, and the result is the same for the same input and seed.
/// </summary>
public static class CircleFormer
{
    private const int MaxSwapPasses = 50;

    public static CirclePlan Form(Programme programme, IReadOnlyList<Participant> participants, DateOnly referenceDate, int seed = 0) =>
        Form(programme, participants, referenceDate, seed, improve: true);

    internal static CirclePlan Form(Programme programme, IReadOnlyList<Participant> participants, DateOnly referenceDate, int seed, bool improve)
    {
        var people = participants
            .Where(p => p.Status == ParticipantStatus.Active || (p.Status == ParticipantStatus.Paused && p.PausedUntil <= referenceDate))
            .DistinctBy(p => p.UserObjectId, StringComparer.Ordinal)
            .OrderBy(p => p.UserObjectId, StringComparer.Ordinal)
            .ToArray();
        new Random(seed).Shuffle(people);
        if (people.Length == 0)
            return new CirclePlan([], 0);

        var affinity = new CircleAffinity(people, programme.Circles.Grouping, new ReferenceWeek(referenceDate));
        var circles = new CircleLayout(people.Length, Sizes(people.Length, programme.Circles.Size), affinity);
        var volunteers = Enumerable.Range(0, people.Length).Where(i => IsVolunteer(people[i])).OrderByDescending(i => Rank(people[i])).ToList();
        var volunteerSet = volunteers.ToHashSet();
        for (var k = 0; k < volunteers.Count; k++)
            circles.Place(volunteers[k], circles.WithRoomFrom(k % circles.Count));
        foreach (var person in Enumerable.Range(0, people.Length).Where(i => !volunteerSet.Contains(i)))
            circles.Place(person, circles.BestWithRoom(person));
        if (improve)
            circles.ImproveBySwaps(i => volunteerSet.Contains(i), MaxSwapPasses);

        var result = new List<Circle>();
        for (var c = 0; c < circles.Count; c++)
        {
            var members = circles.Members(c);
            var volunteer = members.Where(volunteerSet.Contains).OrderByDescending(i => Rank(people[i])).ThenBy(i => i).FirstOrDefault(-1);
            var facilitator = volunteer >= 0 ? volunteer : members.OrderByDescending(i => Rank(people[i])).ThenBy(i => i).First();
            var reason = new MatchReason(volunteer >= 0 ? MatchReasonKeys.FacilitatorVolunteer : MatchReasonKeys.FacilitatorMostSenior);
            result.Add(new Circle(
                c + 1,
                [.. members.Select(i => people[i]).OrderBy(p => p.UserObjectId, StringComparer.Ordinal)],
                people[facilitator],
                reason,
                circles.Fit(c)));
        }

        return new CirclePlan(result, result.Sum(c => c.Fit));
    }

    /// <summary>As many circles as needed for none to exceed the size, as equal as possible: 14 people by 6 are 5, 5 and 4.</summary>
    internal static int[] Sizes(int people, int size)
    {
        var count = (people + size - 1) / size;
        return [.. Enumerable.Range(0, count).Select(c => (people / count) + (c < people % count ? 1 : 0))];
    }

    private static bool IsVolunteer(Participant p) => p.Role == Role.Mentor;

    // Unknown seniority ranks below every stage.
    private static int Rank(Participant p) => p.Seniority is { } s ? (int)s : -1;
}
