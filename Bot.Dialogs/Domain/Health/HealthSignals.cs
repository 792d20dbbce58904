using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Health;

/// <summary>The rows of <see cref="HealthRules"/>' second block, one method each.</summary>
internal static class HealthSignals
{
    public static IEnumerable<HealthReason> SinceLastMeeting(Programme programme, Pair pair, DateTimeOffset started, IReadOnlyList<CheckIn> known, DateTimeOffset now)
    {
        var met = known.Where(c => c.AnsweredBy(now) && c.Answer!.Met == Met.Yes).Select(c => (DateTimeOffset?)c.SentAt);
        if (pair.NextMeeting is { IsBooked: true, IsPending: false } meeting && meeting.End <= now)
            met = met.Append(meeting.End);
        var last = met.Max();
        var days = Math.Max(0, (int)Math.Floor((now - (last ?? started)).TotalDays));
        var cadence = programme.MeetingCadence.Days();
        var limit = Math.Max(cadence, programme.Nudges.DaysWithoutMeeting);
        var severity = days > 2 * limit ? HealthState.Stalled : days > limit ? HealthState.AtRisk : days > cadence ? HealthState.NeedsAttention : HealthState.OnTrack;
        if (severity != HealthState.OnTrack)
            yield return new(last is null ? HealthReasonKeys.NoMeetingYet : HealthReasonKeys.NoMeetingFor, severity, days, cadence);
    }

    public static IEnumerable<HealthReason> Unanswered(NudgeThresholds nudges, Role role, IReadOnlyList<CheckIn> theirs, DateTimeOffset now)
    {
        var ordered = theirs.OrderBy(c => c.SentAt).ToList();
        var count = 0;
        for (var i = ordered.Count - 1; i >= 0 && !ordered[i].AnsweredBy(now); i--)
        {
            // The latest one is not silence yet while it is younger than the programme allows for an answer.
            if (i < ordered.Count - 1 || now - ordered[i].SentAt >= TimeSpan.FromDays(nudges.DaysWithoutAnswer))
                count++;
        }

        var escalation = Math.Max(1, nudges.NudgesBeforeEscalation);
        var severity = count > escalation ? HealthState.Stalled : count >= escalation ? HealthState.AtRisk : count >= 1 ? HealthState.NeedsAttention : HealthState.OnTrack;
        if (severity != HealthState.OnTrack)
            yield return new(HealthReasonKeys.Unanswered, severity, role, count);
    }

    public static IEnumerable<HealthReason> Usefulness(IReadOnlyList<CheckIn> known, DateTimeOffset now)
    {
        var ratings = known.Where(c => c.AnsweredBy(now) && c.Answer!.Usefulness is not null)
            .OrderBy(c => c.AnsweredAt).ThenBy(c => c.SentAt).TakeLast(HealthRules.UsefulnessWindow)
            .Select(c => c.Answer!.Usefulness!.Value).ToList();
        if (ratings.Count == 0)
            yield break;
        var average = ratings.Average();
        if (average < HealthRules.LowUsefulness)
            yield return new(HealthReasonKeys.LowUsefulness, average <= HealthRules.VeryLowUsefulness ? HealthState.AtRisk : HealthState.NeedsAttention, Math.Round(average, 1), ratings.Count);
    }

    public static IEnumerable<HealthReason> FitDoubts(Role role, IReadOnlyList<CheckIn> theirs, DateTimeOffset now)
    {
        var fits = Answered(theirs, now).Select(c => c.Answer!.Fit).OfType<Fit>().ToList();
        if (fits.Count > 0 && fits[^1] == Fit.NotAGoodFit)
        {
            yield return new(HealthReasonKeys.NotAGoodFit, HealthState.AtRisk, role);
            yield break;
        }

        var deciding = fits.AsEnumerable().Reverse().TakeWhile(f => f == Fit.StillDeciding).Count();
        if (deciding >= HealthRules.StillDecidingLimit)
            yield return new(HealthReasonKeys.StillDeciding, HealthState.NeedsAttention, role, deciding);
    }

    public static IEnumerable<HealthReason> GoalsStuck(Role role, IReadOnlyList<CheckIn> theirs, DateTimeOffset now)
    {
        var recent = Answered(theirs, now).Where(c => c.Goals.Count > 0).TakeLast(HealthRules.GoalWindow).ToList();
        if (recent.Count == HealthRules.GoalWindow && recent.All(c => c.Answer!.Goals.All(g => g.Progress == GoalProgress.None)))
            yield return new(HealthReasonKeys.NoGoalProgress, HealthState.NeedsAttention, role, recent.Count);
    }

    private static IEnumerable<CheckIn> Answered(IEnumerable<CheckIn> theirs, DateTimeOffset now) =>
        theirs.Where(c => c.AnsweredBy(now)).OrderBy(c => c.AnsweredAt).ThenBy(c => c.SentAt);
}
