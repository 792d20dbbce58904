using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>
/// What must hold for every pair history, on hundreds of random ones (see <see cref="RandomSituation"/>), when the
/// rules run as a dispatcher runs them for four months (see <see cref="NudgeSimulation"/>).
/// </summary>
public sealed class NudgePropertyTests
{
    private const int Days = 120;

    [Property(MaxTest = 150)]
    public Property NoTwoNudges_EverHaveTheSameKey() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var sent = Simulate(r);
        var again = NudgeRules.Due(r.Situation with { Sent = sent }, r.Now.AddDays(Days));
        return sent.Select(n => n.IdempotencyKey).Distinct().Count() == sent.Count &&
               !again.Any(d => sent.Any(n => n.IdempotencyKey == d.Nudge.IdempotencyKey));
    });

    [Property(MaxTest = 150)]
    public Property EveryNudge_ArrivesInsideItsRecipientsWorkingHours() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var situation = r.Situation;
        return Simulate(r).All(n => WorkingMoments.IsInside(n.SentAt, NudgeSimulation.HoursOf(situation, n)));
    });

    [Property(MaxTest = 150)]
    public Property NothingIsSent_WhileEitherPersonIsPaused_OrThePairSnoozed() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var situation = r.Situation;
        return Simulate(r).All(n =>
            !Pauses.IsPausedAt(situation.Mentee, n.SentAt) && !Pauses.IsPausedAt(situation.Mentor, n.SentAt) &&
            !Snoozes.IsSnoozedAt(situation.Pair.Id, situation.Snoozes, n.SentAt) && n.SentAt >= r.Now);
    });

    [Property(MaxTest = 150)]
    public Property AnEscalation_FollowsTheConfiguredCountOfUnansweredNudgesToOnePerson() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var situation = r.Situation;
        var sent = Simulate(r);
        var needed = Math.Max(1, situation.Programme.Nudges.NudgesBeforeEscalation);
        return sent.Where(n => n.Kind == NudgeKind.Escalation).All(escalation =>
            new[] { situation.Mentee, situation.Mentor }.Any(p => Unanswered(situation, sent, p, escalation.SentAt) >= needed));
    });

    [Property(MaxTest = 150)]
    public Property EachPerson_IsAskedToStayPauseOrLeaveAtMostOnce_AndOnlyAfterThreeSilentCheckIns() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var situation = r.Situation;
        var asked = Simulate(r).Where(n => n.Kind == NudgeKind.StayPauseLeave).ToList();
        return asked.GroupBy(n => n.UserObjectId).All(g => g.Count() == 1) &&
               asked.All(n => TrailingUnanswered(situation, n.UserObjectId) >= NudgeRules.SilentCheckInsBeforeAsking);
    });

    [Property(MaxTest = 150)]
    public Property EachCheckIn_GetsAtMostOneReminder() => Prop.ForAll(RandomSituation.Any, r =>
        Simulate(r).Where(n => n.Kind == NudgeKind.CheckInReminder).GroupBy(n => (n.UserObjectId, n.CheckInPeriod)).All(g => g.Count() == 1));

    [Property(MaxTest = 200)]
    public Property APauseWithoutAnEnd_LeavesNothingDue() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var situation = r.Situation with { Mentor = r.Situation.Mentor with { Status = ParticipantStatus.Paused, PausedUntil = null } };
        return NudgeRules.Due(situation, r.Now.AddDays(r.Extra.Next(0, 60))).Count == 0;
    });

    [Property(MaxTest = 200)]
    public Property NothingIsDue_BeforeNowOrTheSnoozesEnd() => Prop.ForAll(RandomSituation.Any, r =>
    {
        var snooze = NudgeSample.SnoozeBy(r.Situation.Mentee, r.Now, r.Extra.Next(1, 31));
        return NudgeRules.Due(r.Situation with { Snoozes = [snooze] }, r.Now).All(d => d.At >= snooze.Until);
    });

    private static List<Nudge> Simulate(RandomSituation r) => [.. NudgeSimulation.Run(r.Situation, r.Now, r.Now.AddDays(Days))];

    // Nudges and reminders to the person after their last answer or snooze (nobody answers a nudge in the simulation).
    private static int Unanswered(NudgeSituation situation, IReadOnlyList<Nudge> sent, Participant person, DateTimeOffset at)
    {
        var answered = situation.CheckIns.Where(c => c.UserObjectId == person.UserObjectId && c.AnsweredAt <= at).Select(c => c.AnsweredAt!.Value)
            .Concat(situation.Snoozes.Where(s => s.ByUserObjectId == person.UserObjectId && s.At <= at).Select(s => s.At))
            .DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        return sent.Count(n => n.UserObjectId == person.UserObjectId && n.Kind is NudgeKind.NoMeeting or NudgeKind.CheckInReminder && n.SentAt > answered && n.SentAt <= at);
    }

    private static int TrailingUnanswered(NudgeSituation situation, string userObjectId) =>
        situation.CheckIns.Where(c => c.UserObjectId == userObjectId).OrderByDescending(c => c.SentAt).TakeWhile(c => !c.IsAnswered).Count();
}
