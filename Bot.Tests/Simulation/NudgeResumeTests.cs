using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// A nudge run that stops in the middle of its fan-out (the messenger fails on the fifth of ten nudges due at the same
/// moment): what was sent stays sent, the nudge being sent stays recorded as awaiting sending, and the next run sends
/// only what was not sent, each once.
/// </summary>
public sealed class NudgeResumeTests
{
    private const int PairCount = 5;
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARunStoppedHalfwayThroughItsFanOut_IsFinishedByTheNextRun_EachNudgeSentOnce()
    {
        await using var simulation = new ProgrammeSimulation(Start);
        await SeedQuietPairsAsync(simulation);
        simulation.Messenger.FailNext(NudgePeriod.MessageKind(NudgeKind.NoMeeting), after: 4);

        // Runs on the clock until the nudges fall due in Paris working hours: that run sends four, then stops.
        var failed = false;
        while (!failed)
        {
            Assert.True(simulation.Clock.GetUtcNow() < Start.AddDays(3), "no nudge fell due in three days");
            simulation.Clock.Advance(ProgrammeSimulation.JobInterval);
            failed = await FailsAsync(simulation.Service<NudgeDispatch>().RunAsync(CancellationToken.None));
        }

        // Pairs are dispatched several at a time, so others may have gone on a moment after the stop: what counts is
        // that every nudge sent is recorded as sent, and the one being sent when it stopped is recorded as owed.
        var before = simulation.Messenger.Sent.Count;
        Assert.InRange(before, 4, (2 * PairCount) - 1);
        var recorded = await NudgesAsync(simulation);
        Assert.True(recorded.Count > before, "the nudge being sent when it stopped is recorded");
        Assert.Contains(recorded, n => n.AwaitsSending);

        await simulation.Service<NudgeDispatch>().RunAsync(CancellationToken.None);

        var sent = simulation.Messenger.Sent;
        Assert.Equal(2 * PairCount, sent.Count);
        Assert.Equal(2 * PairCount, sent.Select(m => (m.UserObjectId, m.Key)).Distinct().Count());
        recorded = await NudgesAsync(simulation);
        Assert.Equal(2 * PairCount, recorded.Count);
        Assert.DoesNotContain(recorded, n => n.AwaitsSending);

        // And a run after that has nothing left to send.
        var repeats = simulation.Messenger.Repeats;
        await simulation.Service<NudgeDispatch>().RunAsync(CancellationToken.None);
        Assert.Equal(2 * PairCount, simulation.Messenger.Sent.Count);
        Assert.Equal(repeats, simulation.Messenger.Repeats);
    }

    private static Task<IReadOnlyList<Nudge>> NudgesAsync(ProgrammeSimulation simulation) =>
        simulation.Service<NudgeStore>().InProgrammeAsync(simulation.Programme.Id, CancellationToken.None);

    // Pairs in Paris that started a month ago and never met: every person's no-meeting nudge is due at the same run.
    private static async Task SeedQuietPairsAsync(ProgrammeSimulation simulation)
    {
        await simulation.Service<ProgrammeStore>().SaveAsync(simulation.Programme, null, CancellationToken.None);
        var started = Start.AddDays(-30);
        for (var i = 0; i < PairCount; i++)
        {
            var mentee = SimulatedPeople.Person(simulation.Programme.Id, $"mentee-{i}", Role.Mentee, zone: 0);
            var mentor = SimulatedPeople.Person(simulation.Programme.Id, $"mentor-{i}", Role.Mentor, zone: 0);
            await simulation.Service<ParticipantStore>().SaveAsync(mentee, CancellationToken.None);
            await simulation.Service<ParticipantStore>().SaveAsync(mentor, CancellationToken.None);
            await simulation.Service<PairStore>().SaveAsync(new Pair
            {
                Id = Pair.IdFor(mentee.UserObjectId, mentor.UserObjectId),
                ProgrammeId = simulation.Programme.Id,
                MenteeTenantId = mentee.TenantId,
                MenteeId = mentee.UserObjectId,
                MentorTenantId = mentor.TenantId,
                MentorId = mentor.UserObjectId,
                Status = PairStatus.Active,
                ProposedAt = started,
                AcceptedAt = started,
            }, null, CancellationToken.None);
        }
    }

    private static async Task<bool> FailsAsync(Task run)
    {
        try
        {
            await run;
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
