using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// Three months of a 50-pair programme on a fake clock, the check-in and nudge jobs run every 15 minutes of it: pairs
/// meeting through booked meetings, outside the bot, silent (half of them snoozing their nudges), and paused part-way,
/// in Paris, New York and Kolkata. This part: the check-ins and the pairs' health.
/// </summary>
public sealed partial class ThreeMonthProgrammeTests(ThreeMonthProgramme run) : IClassFixture<ThreeMonthProgramme>
{
    private ProgrammeSimulation Simulation => run.Simulation;

    private ExpectedCheckIns Expected => run.Expected;

    private Dictionary<(string Pair, DateTimeOffset At), (HealthState Expected, HealthState Actual)> Health => run.Health;

    [Fact]
    public void ThreeMonths_SendExactlyTheExpectedCheckIns_AtTheExpectedRuns()
    {
        var sent = Simulation.Delivered("checkin").Select(d => (d.Message.Key.Value, d.At)).OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
        var expected = Expected.All.Select(e => (e.Key, e.At)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

        Assert.True(expected.Count > 300, $"the scenario should produce hundreds of check-ins, not {expected.Count}");
        Assert.Equal(expected, sent);
        Assert.Equal(0, Simulation.Messenger.Repeats);
    }

    [Fact]
    public async Task EveryCheckIn_IsRecordedOnce_AndNoneIsLeftUnsent()
    {
        var stored = await Simulation.CheckInsAsync();

        Assert.Equal(Expected.All.Count, stored.Count);
        Assert.DoesNotContain(stored, c => c.AwaitsSending);
    }

    [Fact]
    public void EveryCheckIn_ArrivesInsideItsRecipientsWorkingHours_OnTheirOwnClock()
    {
        foreach (var expected in Expected.All)
            Assert.True(ExpectedCheckIns.IsWorking(expected.Person, expected.At), $"{expected.Key} at {expected.At:O}");
        foreach (var (message, at) in Simulation.Delivered("checkin"))
        {
            var person = Simulation.Pairs.SelectMany(p => new[] { p.Mentee, p.Mentor }).Single(p => p.UserObjectId == message.UserObjectId);
            Assert.True(ExpectedCheckIns.IsWorking(person, at), $"{message.Key} reached {person.UserObjectId} at {at:O}, outside their working hours");
        }
    }

    [Fact]
    public void NoCheckIn_ArrivesWhileEitherPersonIsPaused_AndPausedPairsResumeAfterwards()
    {
        foreach (var pair in Simulation.Pairs.Where(p => p.Behaviour == PairBehaviour.PausedPartWay))
        {
            var theirs = Simulation.Messenger.Deliveries.Where(d => d.Message.Key.Value.Contains(pair.Id, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(theirs, d => ExpectedCheckIns.IsPaused(pair, pair.Pauser, d.At));
            Assert.Contains(theirs, d => d.At > pair.PauseSetAt.AddDays(28));
        }
    }

    [Fact]
    public void HealthOfEveryPair_AtEachMonthsEnd_MatchesTheIndependentComputation()
    {
        Assert.Equal(50 * ThreeMonthProgramme.MonthEnds.Length, Health.Count);
        Assert.All(Health, h => Assert.True(h.Value.Expected == h.Value.Actual, $"{h.Key.Pair} at {h.Key.At:O}: expected {h.Value.Expected}, computed {h.Value.Actual}"));
        Assert.Contains(Health.Values, h => h.Actual == HealthState.Paused);
        Assert.Contains(Health.Values, h => h.Actual == HealthState.OnTrack);
        Assert.Contains(Health.Values, h => h.Actual == HealthState.Stalled);
    }
}
