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
            var previous = situation.Sent.Where(n => n.PairId == situation.Pair.Id && n.Kind == NudgeKind.NoMeeting && n.IsFor(person.TenantId, person.UserObjectId)).Select(n => n.SentAt.AddDays(nudges.DaysWithoutMeeting));
            yield return (Of(situation, person, NudgeKind.NoMeeting, NudgePeriod.QuietSince(quiet), previous.Append(from).Max()) with { QuietSince = quiet }, person.WorkingHours);
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
            if (told)
                continue;
            var nudge = new Nudge
            {
                ProgrammeId = programme.Id,
                PairId = situation.Pair.Id,
                TenantId = programme.TenantId,
                UserObjectId = lead,
                Kind = NudgeKind.Escalation,
                Period = NudgePeriod.SilenceSince(first.Start),
                DueAt = first.From,
            };
            yield return (nudge, situation.LeadHours.TryGetValue(lead, out var hours) ? hours : WorkingMoments.Default);
        }
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
