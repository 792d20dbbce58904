using MentorBot.Dialogs.Domain.CheckIns;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// A dispatch run that stops between recording a check-in and the messenger taking it: the record stays marked as
/// awaiting sending, and the runs after it deliver it once, never again.
/// </summary>
public sealed class CheckInResumeTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ACheckInRecordedButNotSent_IsSentOnceByTheNextRun()
    {
        await using var simulation = new ProgrammeSimulation(Start);
        await simulation.SeedAsync(pairs: 1);
        simulation.Messenger.FailNext(CheckInPeriod.MessageKind);

        // Job runs on the clock until the first check-in falls due: that run records it, then its send fails.
        var failed = false;
        while (!failed)
        {
            Assert.True(simulation.Clock.GetUtcNow() < Start.AddDays(30), "no check-in fell due in 30 days");
            simulation.Clock.Advance(ProgrammeSimulation.JobInterval);
            failed = await FailsAsync(simulation.RunJobsAsync());
        }

        var recorded = Assert.Single(await simulation.CheckInsAsync(), c => c.AwaitsSending);
        Assert.Empty(simulation.Messenger.Sent);
        var key = Dialogs.Conversations.CheckIns.CheckInDelivery.KeyOf(recorded);

        await simulation.RunJobsAsync();

        Assert.Single(simulation.Messenger.Sent, m => m.Key == key && m.UserObjectId == recorded.UserObjectId);
        var afterSecond = simulation.Messenger.Sent.Count;
        Assert.DoesNotContain(await simulation.CheckInsAsync(), c => c.AwaitsSending);

        await simulation.RunJobsAsync();

        Assert.Equal(afterSecond, simulation.Messenger.Sent.Count);
        Assert.Equal(0, simulation.Messenger.Repeats);
        Assert.Single(await simulation.CheckInsAsync(), c => c.UserObjectId == recorded.UserObjectId && c.Period == recorded.Period);
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
