using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// What a programme's digest says, at an instant, from its records (<see cref="ProgrammeRecords"/>). Aggregates only:
/// every figure from people's answers carries its n and is suppressed below the programme's MinAnswers (see
/// <see cref="Figure"/>); nothing anyone wrote (blockers, survey comments) is read. Counts of records (people, pairs,
/// meetings, offers) are not suppressed: they are facts a lead already sees pair by pair, not anyone's answer.
/// <list type="bullet">
/// <item>Meetings: a check-in answered "met: yes" (one per pair and period, however many of the two said so, dated
/// when sent), or a booked meeting that has ended and that no check-in of its period counted (dated at its end), as
/// health reads them.</item>
/// <item>Check-ins (over the last <see cref="Weeks"/> weeks): the response rate counts those sent at least
/// DaysWithoutAnswer ago (a younger one is not unanswered yet); usefulness is the mean of the ratings given.</item>
/// <item>Surveys: each person's latest answer: relationship quality (mean, 1–5) and would-recommend as a Net Promoter
/// Score (% answering 9–10 minus % answering 0–6, from −100 to 100); impact compares it with their baseline.</item>
/// </list>
/// </summary>
public sealed record DigestFigures
{
    /// <summary>How far back the weekly meetings and the check-in figures look.</summary>
    public const int Weeks = 12;

    /// <summary>The most pairs the at-risk list names: what a lead can act on in one sitting.</summary>
    public const int AtRiskShown = 10;

    public required string ProgrammeId { get; init; }

    public required string ProgrammeName { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The fewest people a figure may come from (the programme's setting, at least 1).</summary>
    public required int MinAnswers { get; init; }

    public required IReadOnlyList<RoleCount> Participants { get; init; }

    /// <summary>Every health state, in the enum's order, with its number of pairs (pairs never started are not counted).</summary>
    public required IReadOnlyList<HealthCount> PairsByHealth { get; init; }

    /// <summary>The last <see cref="Weeks"/> weeks, oldest first; the last one ends at the end of today (UTC).</summary>
    public required IReadOnlyList<WeekCount> MeetingsPerWeek { get; init; }

    /// <summary>Meetings held since the programme began (as counted above).</summary>
    public required int MeetingsHeld { get; init; }

    /// <summary>Percent of check-ins answered; n: the people they were sent to.</summary>
    public required Figure CheckInResponseRate { get; init; }

    /// <summary>Mean usefulness rating (1–5) of meetings; n: the people who rated.</summary>
    public required Figure Usefulness { get; init; }

    /// <summary>Mean relationship quality (1–5) of each person's latest survey.</summary>
    public required Figure RelationshipQuality { get; init; }

    /// <summary>Net Promoter Score (−100…100) of each person's latest survey's would-recommend (0–10).</summary>
    public required Figure WouldRecommend { get; init; }

    public required IReadOnlyList<AxisImpact> Impact { get; init; }

    /// <summary>The pairs most at risk, at most <see cref="AtRiskShown"/>: stalled, then at risk, then needing attention; the quietest first.</summary>
    public required IReadOnlyList<AtRiskPair> AtRisk { get; init; }

    /// <summary>How many pairs need a lead in all (the list shows the first <see cref="AtRiskShown"/>).</summary>
    public required int AtRiskCount { get; init; }

    /// <summary>Offers mentors have not answered, oldest first.</summary>
    public required IReadOnlyList<PendingOffer> Offers { get; init; }

    /// <summary>Mentees without a mentor, by reason, oldest first.</summary>
    public required IReadOnlyList<UnmatchedMentee> Unmatched { get; init; }

    public int PairsIn(HealthState state) => PairsByHealth.FirstOrDefault(h => h.State == state)?.Pairs ?? 0;

    public static DigestFigures Of(ProgrammeRecords records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var programme = records.Programme;
        var min = Math.Max(1, programme.MinAnswers);
        var people = new People(records.Participants);
        var health = PairHealth.Of(records, people, now);
        var meetings = Meetings.Of(records.Pairs, records.CheckIns, now);
        var (atRisk, atRiskCount) = PairHealth.MostAtRisk(records, health, now, AtRiskShown);
        return new DigestFigures
        {
            ProgrammeId = programme.Id,
            ProgrammeName = programme.Name,
            At = now,
            MinAnswers = min,
            Participants = [.. Enum.GetValues<Role>().Select(role => Count(records, role))],
            PairsByHealth = [.. Enum.GetValues<HealthState>().Select(s => new HealthCount(s, health.Count(h => h.Health.State == s)))],
            MeetingsPerWeek = Meetings.PerWeek(meetings, now, Weeks),
            MeetingsHeld = meetings.Count + records.EarlierMeetings,
            CheckInResponseRate = Answers.ResponseRate(programme, records.CheckIns, now, Weeks, min),
            Usefulness = Answers.Usefulness(records.CheckIns, now, Weeks, min),
            RelationshipQuality = Answers.RelationshipQuality(records.Surveys, now, min),
            WouldRecommend = Answers.NetPromoterScore(records.Surveys, now, min),
            Impact = Answers.Impact(records.Surveys, people, now, min),
            AtRisk = atRisk,
            AtRiskCount = atRiskCount,
            Offers = Waiting.Offers(records, people),
            Unmatched = Waiting.Mentees(records, now),
        };
    }

    private static RoleCount Count(ProgrammeRecords records, Role role)
    {
        var theirs = records.Participants.Where(p => p.Role == role).ToList();
        return new RoleCount(
            role,
            theirs.Count(p => p.Status == ParticipantStatus.Active),
            theirs.Count(p => p.Status == ParticipantStatus.Paused),
            theirs.Count(p => p.Status == ParticipantStatus.Left));
    }
}
