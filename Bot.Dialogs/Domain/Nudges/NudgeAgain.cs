namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// "Nudge again" on a lead's escalation: a fresh no-meeting nudge to each person of the pair, now, whatever the
/// schedule says (the lead chose to). Its period is the escalation's (<see cref="NudgePeriod.ByLead"/>), so it is
/// recorded once however often it is asked for; it then counts as the person's latest nudge, so the scheduled ones
/// wait their usual spacing after it, and unanswered it counts towards the next escalation like any other.
/// </summary>
public static class NudgeAgain
{
    public static IReadOnlyList<Nudge> For(NudgeSituation situation, Nudge escalation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(escalation);
        if (escalation.Kind != NudgeKind.Escalation)
            throw new ArgumentException("Only an escalation is nudged again.", nameof(escalation));
        var started = situation.Pair.AcceptedAt ?? now;

        // A meeting booked ahead has no quiet spell; the card then counts from the last meeting or the start.
        var quiet = Silence.QuietSince(situation.Pair, started, situation.CheckIns, now) ?? Silence.QuietSince(situation.Pair with { NextMeeting = null }, started, situation.CheckIns, now);
        return [.. new[] { situation.Mentee, situation.Mentor }.Select(person => new Nudge
        {
            ProgrammeId = situation.Programme.Id,
            PairId = situation.Pair.Id,
            TenantId = person.TenantId,
            UserObjectId = person.UserObjectId,
            Role = person.Role,
            Kind = NudgeKind.NoMeeting,
            Period = NudgePeriod.ByLead(escalation.Period),
            DueAt = now,
            SentAt = now,
            Reasons = escalation.Reasons,
            QuietSince = quiet,
        })];
    }
}
