using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>What the people of the simulation do at one moment: book meetings, pause, answer their check-ins, snooze nudges.</summary>
public sealed class SimulatedActions(ProgrammeSimulation simulation)
{
    public async Task ApplyAsync(DateTimeOffset now)
    {
        var pairs = simulation.Service<PairStore>();
        foreach (var pair in simulation.Pairs)
        {
            if (pair.MeetingAt(now) is { } meeting && pair.MeetingAt(now - ProgrammeSimulation.JobInterval) != meeting)
            {
                // As find a time saves a booking once the calendar confirmed it.
                var stored = (await pairs.GetVersionedAsync(simulation.Programme.Id, pair.Id, CancellationToken.None))!.Value;
                await pairs.SaveAsync(stored.Pair with { NextMeeting = meeting, MeetingSequence = meeting.Sequence }, stored.Version, CancellationToken.None);
            }

            if (pair.Behaviour == PairBehaviour.PausedPartWay && now == pair.PauseSetAt)
            {
                await simulation.Service<ParticipantStore>().ChangeAsync(
                    simulation.Programme.Id, pair.Pauser.TenantId, pair.Pauser.UserObjectId, p => p.Pause(pair.PausedUntil).Value, CancellationToken.None);
            }
        }

        await AnswerAsync(now);
        await AnswerSurveysAsync(now);
        await SnoozeAsync(now);
    }

    // The snoozing pairs' mentee presses Snooze a week on each no-meeting nudge an hour after it arrived, as the
    // button does: a snooze recorded, and the nudge marked answered.
    private async Task SnoozeAsync(DateTimeOffset now)
    {
        var store = simulation.Service<NudgeStore>();
        foreach (var (message, _) in simulation.Delivered("nudge").Where(d => d.At == now - TimeSpan.FromHours(1)))
        {
            var pair = simulation.Pairs.Single(p => message.Key.Value.Contains(p.Id + "|", StringComparison.Ordinal));
            if (!pair.SnoozesNudges || message.To.Address != pair.Mentee.UserObjectId)
                continue;
            Assert.True(await store.TryAddSnoozeAsync(Snooze.For(simulation.Programme.Id, pair.Id, pair.Mentee.TenantId, pair.Mentee.UserObjectId, SnoozeLength.Week, now), CancellationToken.None));
            var nudge = (await store.ForPairAsync(simulation.Programme.Id, pair.Id, CancellationToken.None)).Single(n => n.Kind == NudgeKind.NoMeeting && n.UserObjectId == message.To.Address && n.SentAt == now - TimeSpan.FromHours(1));
            var stored = (await store.GetVersionedAsync(nudge.ProgrammeId, nudge.PairId, nudge.Kind, nudge.TenantId, nudge.UserObjectId, nudge.Period, CancellationToken.None))!.Value;
            Assert.True(await store.TrySaveAsync(stored.Nudge.Respond(NudgeResponse.Snoozed, now).Value, stored.Version, CancellationToken.None));
        }
    }

    // Every pair that answers check-ins answers its surveys AnswerDelay after they arrived, as the survey card saves an answer.
    private async Task AnswerSurveysAsync(DateTimeOffset now)
    {
        var store = simulation.Service<SurveyStore>();
        foreach (var (message, _) in simulation.Delivered("survey").Where(d => d.At == now - SimulatedPair.AnswerDelay))
        {
            var pair = simulation.Pairs.Single(p => message.Key.Value.Contains(p.Id + "|", StringComparison.Ordinal));
            if (!pair.Answers)
                continue;
            var kind = message.Key.Value.EndsWith(":mid", StringComparison.Ordinal) ? SurveyKind.Mid : SurveyKind.End;
            var stored = (await store.GetVersionedAsync(simulation.Programme.Id, pair.Id, message.TenantId, message.To.Address, kind, CancellationToken.None))!.Value;
            var answer = new SurveyAnswer(new SelfAssessment(4, 3, 4), pair.Usefulness + 1, 8) { Choice = kind == SurveyKind.End ? CycleChoice.Close : null };
            Assert.True(await store.TrySaveAsync(stored.Row.Answered(answer, now).Value, stored.Version, CancellationToken.None));
        }
    }

    // Every pair that answers does so AnswerDelay after the card arrived: met, useful or not, goals moving or not.
    private async Task AnswerAsync(DateTimeOffset now)
    {
        var store = simulation.Service<CheckInStore>();
        var arrived = now - SimulatedPair.AnswerDelay;
        foreach (var (message, _) in simulation.Delivered("checkin").Where(d => d.At == arrived))
        {
            var checkIn = (await store.ForPersonAsync(simulation.Programme.Id, message.Key.Value.Split(':', '|')[1], message.TenantId, message.To.Address, CancellationToken.None))
                .Single(c => c.SentAt == arrived);
            var pair = simulation.Pairs.Single(p => p.Id == checkIn.PairId);
            if (!pair.Answers)
                continue;
            var goals = checkIn.Goals.Select(g => new GoalAnswer(g.Id, pair.ReportsNoGoalProgress ? GoalProgress.None : GoalProgress.Some)).ToList();
            var answer = new CheckInAnswer(Met.Yes, pair.Usefulness, goals, Fit: checkIn.AsksFit ? Fit.GoodFit : null);
            var stored = (await store.GetVersionedAsync(checkIn.ProgrammeId, checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, checkIn.Period, CancellationToken.None))!.Value;
            Assert.True(await store.TrySaveAsync(stored.CheckIn.WithAnswer(answer, now), stored.Version, CancellationToken.None));
        }
    }
}
