using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// Which nudges one pair should get, and from when. D = Nudges.DaysWithoutMeeting, A = Nudges.DaysWithoutAnswer,
/// E = Nudges.NudgesBeforeEscalation (at least 1).
/// <list type="table">
/// <listheader><term>kind (to whom)</term><description>when, and its period (one of each per period)</description></listheader>
/// <item><term>no meeting (each person)</term><description>D days into a quiet spell (since the last meeting, or the start),
/// and D days after the person's previous such nudge or faded question; none while a meeting is booked ahead. Period: the spell's start.</description></item>
/// <item><term>reminder (its person)</term><description>A days after their latest check-in was sent, while it is unanswered. Period: the check-in.</description></item>
/// <item><term>stay, pause or leave (its person)</term><description>once three check-ins in a row count as unanswered (A days old, or
/// replaced by a newer one). Period: the first of the run.</description></item>
/// <item><term>escalation (each lead)</term><description>A days after the E-th nudge or reminder one person left without a sign of life
/// (an answer, a response to a nudge, a snooze, a meeting), unless that lead was escalated to since the run began. Period: the run's first nudge.</description></item>
/// <item><term>faded: keep going, pause or end? (each person)</term><description>2×D days into a quiet spell, counted from the spell's start or the last
/// check-in answer of either person in it, whichever is later, once the person was sent the spell's no-meeting nudge (so "time to meet?" always
/// comes first, and the two never arrive together). Period: the spell's start.</description></item>
/// <item><term>faded, for the leads (each lead)</term><description>7 days after both were asked the faded question of the current spell, when neither
/// answered it nor any check-in since. Period: the spell's start. Escalation and this may both come: one asks the lead to help the pair meet,
/// the other to decide whether it goes on.</description></item>
/// </list>
/// Nothing for a pair that is not active (or continues informally after the end survey), a programme not open, or someone who left; nothing while either person is
/// paused without an end date. Otherwise each moment is moved past both people's pauses and the pair's snooze, to no
/// earlier than now, then to the first instant inside the recipient's working hours (a lead without known hours: UTC
/// business hours); one that lands after the programme's end date is dropped, and so is one already sent (same key).
/// </summary>
public static class NudgeRules
{
    /// <summary>How many check-ins in a row someone leaves unanswered before being asked whether to stay, pause or leave.</summary>
    public const int SilentCheckInsBeforeAsking = 3;

    /// <summary>How many DaysWithoutMeeting without a meeting or a check-in answer make a pair faded: asked keep going, pause or end.</summary>
    public const int FadedAfterMeetingGaps = 2;

    /// <summary>How long both people have to answer the faded question before the leads decide.</summary>
    public const int FadedAnswerDays = 7;

    public static IReadOnlyList<NudgeDue> Due(NudgeSituation situation, DateTimeOffset now)
    {
        var (programme, pair, mentee, mentor) = (situation.Programme, situation.Pair, situation.Mentee, situation.Mentor);
        if (!programme.IsOpen || !pair.IsFollowed || pair.AcceptedAt is not { } started ||
            mentee.Status == ParticipantStatus.Left || mentor.Status == ParticipantStatus.Left)
            return [];
        if (Pauses.EndsAt(mentee) is not { } menteeBack || Pauses.EndsAt(mentor) is not { } mentorBack)
            return [];

        var notBefore = new[] { now, menteeBack, mentorBack, Snoozes.EndOf(pair.Id, situation.Snoozes) }.Max();
        var reasons = HealthRules.Of(programme, pair, mentee, mentor, situation.CheckIns, now)?.Reasons ?? [];
        var sent = situation.Sent.Select(n => n.IdempotencyKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = new[] { mentee, mentor }.SelectMany(p => NudgeCandidates.ForPerson(situation, p, started, now))
            .Concat(NudgeCandidates.Escalations(situation, started, now))
            .Concat(NudgeCandidates.FadedToLeads(situation, started, now));

        var due = new List<NudgeDue>();
        foreach (var (nudge, hours) in candidates)
        {
            var at = WorkingMoments.AtOrAfter(nudge.DueAt > notBefore ? nudge.DueAt : notBefore, hours);
            if (sent.Contains(nudge.IdempotencyKey) || LocalClock.DateAt(at, WorkingMoments.ZoneOf(hours)) > programme.EndDate)
                continue;
            due.Add(new NudgeDue(nudge with { DueAt = at, Reasons = reasons }));
        }

        return [.. due.OrderBy(d => d.At).ThenBy(d => d.Nudge.IdempotencyKey, StringComparer.Ordinal)];
    }
}
