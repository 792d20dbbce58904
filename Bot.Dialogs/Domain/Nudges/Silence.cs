using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>The facts <see cref="NudgeRules"/> decide on: quiet spells, unanswered check-ins, unanswered nudges.</summary>
internal static class Silence
{
    /// <summary>When the pair last met (a booked meeting that ended, a check-in answered "met: yes", dated when sent), or started; null while a meeting is booked ahead.</summary>
    public static DateTimeOffset? QuietSince(Pair pair, DateTimeOffset started, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        var booked = pair.NextMeeting is { IsBooked: true, IsPending: false } meeting ? meeting : null;
        if (booked is not null && booked.End > now)
            return null;
        var met = checkIns.Where(c => c.SentAt <= now && c.AnsweredBy(now) && c.Answer!.Met == Met.Yes).Select(c => c.SentAt).Append(started);
        return booked is null ? met.Max() : met.Append(booked.End).Max();
    }

    /// <summary>
    /// When the faded question is due in the quiet spell that began at <paramref name="quiet"/>: twice
    /// DaysWithoutMeeting after the spell began, or after the last check-in answer of either person in it, whichever is later.
    /// </summary>
    public static DateTimeOffset FadedFrom(NudgeSituation situation, DateTimeOffset quiet, DateTimeOffset now)
    {
        var lastAnswer = situation.CheckIns.Where(c => c.AnsweredBy(now)).Select(c => c.AnsweredAt!.Value).Append(quiet).Max();
        return lastAnswer.AddDays(NudgeRules.FadedAfterMeetingGaps * situation.Programme.Nudges.DaysWithoutMeeting);
    }

    /// <summary>
    /// The person's unanswered check-ins since their last answer, oldest first, each with the instant it counts as
    /// silence: <c>DaysWithoutAnswer</c> after it was sent, or sooner when a newer one replaced it (as health counts).
    /// </summary>
    public static IReadOnlyList<(CheckIn CheckIn, DateTimeOffset CountsFrom)> UnansweredCheckIns(IEnumerable<CheckIn> theirs, int daysWithoutAnswer, DateTimeOffset now)
    {
        var ordered = theirs.Where(c => c.SentAt <= now).OrderBy(c => c.SentAt).ToList();
        var start = ordered.Count;
        while (start > 0 && !ordered[start - 1].AnsweredBy(now))
            start--;
        var run = new List<(CheckIn, DateTimeOffset)>();
        for (var i = start; i < ordered.Count; i++)
        {
            var late = ordered[i].SentAt.AddDays(daysWithoutAnswer);
            run.Add((ordered[i], i + 1 < ordered.Count && ordered[i + 1].SentAt < late ? ordered[i + 1].SentAt : late));
        }

        return run;
    }

    /// <summary>
    /// The nudges and reminders sent to the person since they last showed signs of life (answered a check-in or a
    /// nudge, snoozed, or the pair met), oldest first: what escalation counts.
    /// </summary>
    public static IReadOnlyList<Nudge> UnansweredNudges(NudgeSituation situation, Participant person, DateTimeOffset started, DateTimeOffset now)
    {
        var pairId = situation.Pair.Id;
        var life = new List<DateTimeOffset> { started };
        life.AddRange(situation.CheckIns.Where(c => c.IsFor(person.TenantId, person.UserObjectId) && c.AnsweredBy(now)).Select(c => c.AnsweredAt!.Value));
        life.AddRange(situation.Sent.Where(n => n.PairId == pairId && n.IsFor(person.TenantId, person.UserObjectId) && n.RespondedAt <= now).Select(n => n.RespondedAt!.Value));
        life.AddRange(situation.Snoozes.Where(s => s.PairId == pairId && s.At <= now && IsBy(s, person)).Select(s => s.At));
        if (situation.Pair.NextMeeting is { IsBooked: true, IsPending: false } meeting && meeting.End <= now)
            life.Add(meeting.End);
        var since = life.Max();
        return [.. situation.Sent
            .Where(n => n.PairId == pairId && n.Kind is NudgeKind.NoMeeting or NudgeKind.CheckInReminder && n.IsFor(person.TenantId, person.UserObjectId))
            .Where(n => n.SentAt > since && n.SentAt <= now)
            .OrderBy(n => n.SentAt)];
    }

    private static bool IsBy(Snooze snooze, Participant person) =>
        string.Equals(snooze.ByTenantId, person.TenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(snooze.ByUserObjectId, person.UserObjectId, StringComparison.OrdinalIgnoreCase);
}
