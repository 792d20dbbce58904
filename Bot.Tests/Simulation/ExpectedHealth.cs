using MentorBot.Dialogs.Domain.Health;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// A pair's health at an instant, worked out from the scenario and the expected check-ins (answered
/// <see cref="SimulatedPair.AnswerDelay"/> after they arrive, by the pairs that answer), by the rules as the product
/// states them for a programme meeting fortnightly, with 21 days without a meeting, 5 days to answer and 2 nudges
/// before escalation: paused; days since the last meeting; unanswered check-ins; low usefulness; goals not moving.
/// </summary>
public static class ExpectedHealth
{
    public static HealthState Of(SimulatedPair pair, IReadOnlyList<ExpectedCheckIn> all, DateTimeOffset now)
    {
        if (ExpectedCheckIns.IsPaused(pair, pair.Mentee, now) || ExpectedCheckIns.IsPaused(pair, pair.Mentor, now))
            return HealthState.Paused;
        var sent = all.Where(c => c.Pair == pair && c.At <= now).ToList();
        var answered = sent.Where(c => pair.Answers && c.At + SimulatedPair.AnswerDelay <= now).ToList();

        var states = new List<HealthState> { HealthState.OnTrack };
        var meetings = answered.Select(c => (DateTimeOffset?)c.At).ToList();
        if (pair.MeetingAt(now) is { } meeting && meeting.End <= now)
            meetings.Add(meeting.End);
        var days = (int)Math.Floor((now - (meetings.Max() ?? pair.Started)).TotalDays);
        states.Add(days > 42 ? HealthState.Stalled : days > 21 ? HealthState.AtRisk : days > 14 ? HealthState.NeedsAttention : HealthState.OnTrack);

        foreach (var person in new[] { pair.Mentee, pair.Mentor })
        {
            var theirs = sent.Where(c => c.Person == person).OrderBy(c => c.At).ToList();
            var unanswered = 0;
            for (var i = theirs.Count - 1; i >= 0 && !answered.Contains(theirs[i]); i--)
                unanswered += i < theirs.Count - 1 || now - theirs[i].At >= TimeSpan.FromDays(5) ? 1 : 0;
            states.Add(unanswered > 2 ? HealthState.Stalled : unanswered == 2 ? HealthState.AtRisk : unanswered >= 1 ? HealthState.NeedsAttention : HealthState.OnTrack);

            var stuck = answered.Count(c => c.Person == person) >= 3 && pair.ReportsNoGoalProgress;
            states.Add(stuck ? HealthState.NeedsAttention : HealthState.OnTrack);
        }

        if (answered.Count > 0 && pair.Usefulness < 2.5)
            states.Add(pair.Usefulness <= 1.5 ? HealthState.AtRisk : HealthState.NeedsAttention);
        return states.Max();
    }
}
