using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>The rows of <see cref="NudgeRules"/>: each nudge with the moment its condition holds, before pauses, snoozes and working hours.</summary>
internal static class NudgeCandidates
{
    public static IEnumerable<(Nudge Nudge, WorkingHours? Hours)> ForPerson(NudgeSituation situation, Participant person, DateTimeOffset started, DateTimeOffset now)
    {
        var nudges = situation.Programme.Nudges;
        var theirs = situation.CheckIns.Where(c => c.PairId == situation.Pair.Id && c.IsFor(person.TenantId, person.UserObjectId) && c.SentAt <= now).ToList();

        if (Silence.QuietSince(situation.Pair, started, situation.CheckIns, now) is { } quiet)
        {
            var from = quiet.AddDays(nudges.DaysWithoutMeeting);

            // The faded question counts as the person's latest nudge to meet: the next waits D days after it.
            var previous = situation.Sent.Where(n => n.PairId == situation.Pair.Id && n.Kind is NudgeKind.NoMeeting or NudgeKind.Faded && n.IsFor(person.TenantId, person.UserObjectId)).Select(n => n.SentAt.AddDays(nudges.DaysWithoutMeeting));
            yield return (Of(situation, person, NudgeKind.NoMeeting, NudgePeriod.QuietSince(quiet), previous.Append(from).Max()) with { QuietSince = quiet }, person.WorkingHours);
            var nudged = situation.Sent.Any(n => n.PairId == situation.Pair.Id && n.Kind == NudgeKind.NoMeeting && n.IsFor(person.TenantId, person.UserObjectId) && n.QuietSince == quiet && n.SentAt <= now);
            if (nudged)
                yield return (Of(situation, person, NudgeKind.Faded, NudgePeriod.Faded(quiet), Silence.FadedFrom(situation, quiet, now)) with { QuietSince = quiet }, person.WorkingHours);
        }

        if (theirs.MaxBy(c => c.SentAt) is { } latest && !latest.AnsweredBy(now))
            yield return (Of(situation, person, NudgeKind.CheckInReminder, NudgePeriod.Reminder(latest.Period), latest.SentAt.AddDays(nudges.DaysWithoutAnswer)) with { CheckInPeriod = latest.Period }, person.WorkingHours);

        var run = Silence.UnansweredCheckIns(theirs, nudges.DaysWithoutAnswer, now);
        if (run.Count >= NudgeRules.SilentCheckInsBeforeAsking)
            yield return (Of(situation, person, NudgeKind.StayPauseLeave, NudgePeriod.UnansweredFrom(run[0].CheckIn.Period), run[NudgeRules.SilentCheckInsBeforeAsking - 1].CountsFrom), person.WorkingHours);
    }

    public static IEnumerable<(Nudge Nudge, WorkingHours? Hours)> Escalations(NudgeSituation situation, DateTimeOffset started, DateTimeOffset now)
    {
        var programme = situation.Programme;
        var count = Math.Max(1, programme.Nudges.NudgesBeforeEscalation);
        var runs = new[] { situation.Mentee, situation.Mentor }
            .Select(p => Silence.UnansweredNudges(situation, p, started, now))
            .Where(run => run.Count >= count)
            .Select(run => (Start: run[0].SentAt, From: run[count - 1].SentAt.AddDays(programme.Nudges.DaysWithoutAnswer)))
            .ToList();
        if (runs.Count == 0)
            yield break;

        var first = runs.MinBy(r => r.From);
        foreach (var lead in programme.Leads.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var told = situation.Sent.Any(n => n.PairId == situation.Pair.Id && n.Kind == NudgeKind.Escalation && n.IsFor(programme.TenantId, lead) && n.SentAt >= first.Start);
            if (!told)
                yield return ToLead(situation, lead, NudgeKind.Escalation, NudgePeriod.SilenceSince(first.Start), first.From);
        }
    }

    /// <summary>
    /// The leads' faded card: <see cref="NudgeRules.FadedAnswerDays"/> after both people of the pair were asked the
    /// faded question of the current quiet spell, when neither answered it nor any check-in since it was first asked.
    /// An escalation about the same silence may have gone before: that asked the lead to help the pair meet, this asks
    /// them to decide whether it goes on, so both are sent.
    /// </summary>
    public static IEnumerable<(Nudge Nudge, WorkingHours? Hours)> FadedToLeads(NudgeSituation situation, DateTimeOffset started, DateTimeOffset now)
    {
        if (Silence.QuietSince(situation.Pair, started, situation.CheckIns, now) is not { } quiet)
            yield break;
        var period = NudgePeriod.Faded(quiet);
        var asked = situation.Sent.Where(n => n.PairId == situation.Pair.Id && n.Kind == NudgeKind.Faded && n.Period == period && n.SentAt <= now).ToList();
        var both = new[] { situation.Mentee, situation.Mentor }.All(p => asked.Any(n => n.IsFor(p.TenantId, p.UserObjectId)));
        if (!both || asked.Any(n => n.RespondedAt <= now))
            yield break;
        var firstAsked = asked.Min(n => n.SentAt);
        if (situation.CheckIns.Any(c => c.AnsweredBy(now) && c.AnsweredAt >= firstAsked))
            yield break;

        var from = asked.Max(n => n.SentAt).AddDays(NudgeRules.FadedAnswerDays);
        foreach (var lead in situation.Programme.Leads.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var (nudge, hours) = ToLead(situation, lead, NudgeKind.FadedToLeads, period, from);
            yield return (nudge with { QuietSince = quiet }, hours);
        }
    }

    private static (Nudge Nudge, WorkingHours? Hours) ToLead(NudgeSituation situation, string lead, NudgeKind kind, string period, DateTimeOffset from)
    {
        var nudge = new Nudge
        {
            ProgrammeId = situation.Programme.Id,
            PairId = situation.Pair.Id,
            TenantId = situation.Programme.TenantId,
            UserObjectId = lead,
            Kind = kind,
            Period = period,
            DueAt = from,
        };
        return (nudge, situation.LeadHours.TryGetValue(lead, out var hours) ? hours : WorkingMoments.Default);
    }

    private static Nudge Of(NudgeSituation situation, Participant person, NudgeKind kind, string period, DateTimeOffset from) => new()
    {
        ProgrammeId = situation.Programme.Id,
        PairId = situation.Pair.Id,
        TenantId = person.TenantId,
        UserObjectId = person.UserObjectId,
        Role = person.Role,
        Kind = kind,
        Period = period,
        DueAt = from,
    };
}
