using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Health;

/// <summary>
/// A pair's health at an instant, from the pair, its two people and its check-ins; the thresholds are the
/// programme's. The first matching row of the first block decides alone; otherwise every row of the second block
/// that applies gives a reason, and the state is the worst of them (on track when none applies).
/// <list type="table">
/// <listheader><term>rule</term><description>state (reason key)</description></listheader>
/// <item><term>the pair ended on or after the programme's end date</term><description>Completed</description></item>
/// <item><term>the pair ended before it</term><description>Ended</description></item>
/// <item><term>the pair is still active once the programme is closed or past its end date, or both chose to continue informally</term><description>Continuing</description></item>
/// <item><term>the mentee or the mentor is paused now</term><description>Paused (<see cref="HealthReasonKeys.Paused"/>, per person)</description></item>
/// <item><term>d days since the last meeting (a booked meeting that ended, or a check-in answered "met: yes", dated when it was
/// sent), or since the start; c = the cadence in days, m = the larger of c and Nudges.DaysWithoutMeeting</term>
/// <description>d &gt; c NeedsAttention, d &gt; m AtRisk, d &gt; 2m Stalled (<see cref="HealthReasonKeys.NoMeetingFor"/>, <see cref="HealthReasonKeys.NoMeetingYet"/>)</description></item>
/// <item><term>k check-ins in a row one person left unanswered (one counts once Nudges.DaysWithoutAnswer old, or once a newer one
/// was sent); e = Nudges.NudgesBeforeEscalation (at least 1)</term>
/// <description>k ≥ 1 NeedsAttention, k ≥ e AtRisk, k &gt; e Stalled (<see cref="HealthReasonKeys.Unanswered"/>)</description></item>
/// <item><term>the average of the pair's last 3 usefulness ratings</term><description>below 2.5 NeedsAttention, at most 1.5 AtRisk (<see cref="HealthReasonKeys.LowUsefulness"/>)</description></item>
/// <item><term>one person's latest fit answer is "not a good fit"</term><description>AtRisk (<see cref="HealthReasonKeys.NotAGoodFit"/>)</description></item>
/// <item><term>one person's last two fit answers are "still deciding"</term><description>NeedsAttention (<see cref="HealthReasonKeys.StillDeciding"/>)</description></item>
/// <item><term>one person's last 3 answered check-ins that asked about goals report no progress on any</term><description>NeedsAttention (<see cref="HealthReasonKeys.NoGoalProgress"/>)</description></item>
/// <item><term>one person left the programme while the pair is active</term><description>AtRisk (<see cref="HealthReasonKeys.Left"/>)</description></item>
/// </list>
/// Only check-ins sent and answers given by the instant count, so the health of a past day can be recomputed.
/// </summary>
public static class HealthRules
{
    public const int UsefulnessWindow = 3;
    public const int GoalWindow = 3;
    public const int StillDecidingLimit = 2;
    public const double LowUsefulness = 2.5;
    public const double VeryLowUsefulness = 1.5;

    /// <summary>The pair's health at <paramref name="now"/>; null for a pair that never started (proposed, offered, declined…).</summary>
    public static RelationshipHealth? Of(Programme programme, Pair pair, Participant mentee, Participant mentor, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        if (pair.Status == PairStatus.Ended)
            return new(pair.ClosedAt is { } closed && DateOnly.FromDateTime(closed.UtcDateTime) >= programme.EndDate ? HealthState.Completed : HealthState.Ended, []);
        if (!pair.IsActive || pair.AcceptedAt is not { } started)
            return null;
        if (pair.ContinuingSince <= now || !programme.IsOpen || DateOnly.FromDateTime(now.UtcDateTime) > programme.EndDate)
            return new(HealthState.Continuing, []);

        Participant[] people = [mentee, mentor];
        var paused = people.Where(p => Pauses.IsPausedAt(p, now)).Select(p => new HealthReason(HealthReasonKeys.Paused, HealthState.Paused, p.Role)).ToList();
        if (paused.Count > 0)
            return new(HealthState.Paused, paused);

        var known = checkIns.Where(c => c.SentAt <= now).ToList();
        var reasons = new List<HealthReason>();
        reasons.AddRange(HealthSignals.SinceLastMeeting(programme, pair, started, known, now));
        foreach (var person in people)
        {
            var theirs = known.Where(c => c.IsFor(person.TenantId, person.UserObjectId)).ToList();
            reasons.AddRange(HealthSignals.Unanswered(programme.Nudges, person.Role, theirs, now));
            reasons.AddRange(HealthSignals.FitDoubts(person.Role, theirs, now));
            reasons.AddRange(HealthSignals.GoalsStuck(person.Role, theirs, now));
            if (person.Status == ParticipantStatus.Left)
                reasons.Add(new(HealthReasonKeys.Left, HealthState.AtRisk, person.Role));
        }

        reasons.AddRange(HealthSignals.Usefulness(known, now));
        return new(reasons.Count == 0 ? HealthState.OnTrack : reasons.Max(r => r.Severity), reasons);
    }
}
