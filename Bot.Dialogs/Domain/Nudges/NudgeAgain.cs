using MentorBot.Dialogs.Domain.Health;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// A no-meeting nudge a lead asks for, to each person of the pair, now, whatever the schedule says (the lead chose to):
/// "Nudge again" on an escalation, or "Nudge now" on a digest's at-risk row. Its period names the occasion
/// (<see cref="NudgePeriod.ByLead"/>, <see cref="NudgePeriod.FromDigest"/>), so it is recorded once however often it is
/// asked for; it then counts as the person's latest nudge, so the scheduled ones wait their usual spacing after it, and
/// unanswered it counts towards the next escalation like any other.
/// </summary>
public static class NudgeAgain
{
    public static IReadOnlyList<Nudge> For(NudgeSituation situation, Nudge escalation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(escalation);
        if (escalation.Kind != NudgeKind.Escalation)
            throw new ArgumentException("Only an escalation is nudged again.", nameof(escalation));
        return Both(situation, NudgePeriod.ByLead(escalation.Period), escalation.Reasons, QuietSince(situation, now), now);
    }

    /// <summary>"Nudge now" from a digest: once per quiet spell, however many leads press it, on however many digests.</summary>
    public static IReadOnlyList<Nudge> FromDigest(NudgeSituation situation, IReadOnlyList<HealthReason> reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var quiet = QuietSince(situation, now);
        return Both(situation, NudgePeriod.FromDigest(quiet), reasons, quiet, now);
    }

    /// <summary>
    /// When the pair's quiet spell began: the last meeting or the start. A meeting booked ahead has no quiet spell; the
    /// card then counts from the last meeting or the start.
    /// </summary>
    public static DateTimeOffset QuietSince(NudgeSituation situation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var started = situation.Pair.AcceptedAt ?? now;
        return Silence.QuietSince(situation.Pair, started, situation.CheckIns, now)
            ?? Silence.QuietSince(situation.Pair with { NextMeeting = null }, started, situation.CheckIns, now)!.Value;
    }

    private static IReadOnlyList<Nudge> Both(NudgeSituation situation, string period, IReadOnlyList<HealthReason> reasons, DateTimeOffset quiet, DateTimeOffset now) =>
        [.. new[] { situation.Mentee, situation.Mentor }.Select(person => new Nudge
        {
            ProgrammeId = situation.Programme.Id,
            PairId = situation.Pair.Id,
            TenantId = person.TenantId,
            UserObjectId = person.UserObjectId,
            Role = person.Role,
            Kind = NudgeKind.NoMeeting,
            Period = period,
            DueAt = now,
            SentAt = now,
            Reasons = reasons,
            QuietSince = quiet,
        })];
}
