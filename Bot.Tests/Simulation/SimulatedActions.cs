using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>What the people of the simulation do at one moment: book meetings, pause, answer their check-ins.</summary>
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
    }

    // Every pair that answers does so AnswerDelay after the card arrived: met, useful or not, goals moving or not.
    private async Task AnswerAsync(DateTimeOffset now)
    {
        var store = simulation.Service<CheckInStore>();
        var arrived = now - SimulatedPair.AnswerDelay;
        foreach (var (message, _) in simulation.Messenger.Deliveries.Where(d => d.At == arrived))
        {
            var checkIn = (await store.ForPersonAsync(simulation.Programme.Id, message.Key.Value.Split(':', '|')[1], message.TenantId, message.UserObjectId, CancellationToken.None))
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
