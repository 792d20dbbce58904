using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>
/// Runs the rules as a dispatcher would, from one instant to another: at each step it sends what is due (recording
/// it as sent at that instant), then moves the clock to the next due instant. Nobody answers in the meantime.
/// </summary>
internal static class NudgeSimulation
{
    public static IReadOnlyList<Nudge> Run(NudgeSituation situation, DateTimeOffset from, DateTimeOffset until)
    {
        var sent = new List<Nudge>(situation.Sent);
        var now = from;
        for (var step = 0; step < 1000; step++)
        {
            var due = NudgeRules.Due(situation with { Sent = sent }, now);
            var ready = due.Where(d => d.IsDue(now)).ToList();
            if (ready.Count > 0)
            {
                sent.AddRange(ready.Select(d => d.Sent(now)));
                continue;
            }

            if (due.Count == 0 || due[0].At > until)
                return sent;
            if (due[0].At <= now)
                throw new InvalidOperationException("A due nudge that is not due: the simulation would not move.");
            now = due[0].At;
        }

        throw new InvalidOperationException("More than 1000 steps: the rules keep producing nudges.");
    }

    public static WorkingHours? HoursOf(NudgeSituation situation, Nudge nudge) =>
        nudge.ToLead
            ? situation.LeadHours.TryGetValue(nudge.UserObjectId, out var hours) ? hours : WorkingMoments.Default
            : nudge.UserObjectId == situation.Mentee.UserObjectId ? situation.Mentee.WorkingHours : situation.Mentor.WorkingHours;

    public static Participant PersonOf(NudgeSituation situation, string userObjectId) =>
        userObjectId == situation.Mentee.UserObjectId ? situation.Mentee : situation.Mentor;
}
