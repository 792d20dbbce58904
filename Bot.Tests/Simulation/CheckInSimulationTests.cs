using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// Three months of a 50-pair programme on a fake clock, the check-in job run every 15 minutes of it: pairs meeting
/// through booked meetings, outside the bot, silent, and paused part-way, in Paris, New York and Kolkata.
/// </summary>
public sealed class CheckInSimulationTests(CheckInSimulationTests.ThreeMonths run) : IClassFixture<CheckInSimulationTests.ThreeMonths>
{
    // A Monday; the US (14 March) and Europe (28 March) change their clocks during the run.
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset[] MonthEnds = [Start.AddMonths(1), Start.AddMonths(2), Start.AddMonths(3)];

    private ProgrammeSimulation Simulation => run.Simulation;

    private ExpectedCheckIns Expected => run.Expected;

    private Dictionary<(string Pair, DateTimeOffset At), (HealthState Expected, HealthState Actual)> Health => run.Health;

    [Fact]
    public void ThreeMonths_SendExactlyTheExpectedCheckIns_AtTheExpectedRuns()
    {
        var sent = Simulation.Messenger.Deliveries.Select(d => (d.Message.Key.Value, d.At)).OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
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
        foreach (var (message, at) in Simulation.Messenger.Deliveries)
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
        Assert.Equal(50 * MonthEnds.Length, Health.Count);
        Assert.All(Health, h => Assert.True(h.Value.Expected == h.Value.Actual, $"{h.Key.Pair} at {h.Key.At:O}: expected {h.Value.Expected}, computed {h.Value.Actual}"));
        Assert.Contains(Health.Values, h => h.Actual == HealthState.Paused);
        Assert.Contains(Health.Values, h => h.Actual == HealthState.OnTrack);
        Assert.Contains(Health.Values, h => h.Actual == HealthState.Stalled);
    }

    /// <summary>The run, once for the class: every test reads what it produced.</summary>
    public sealed class ThreeMonths : IAsyncLifetime
    {
        public ProgrammeSimulation Simulation { get; } = new(Start);

        public ExpectedCheckIns Expected { get; } = new();

        public Dictionary<(string Pair, DateTimeOffset At), (HealthState Expected, HealthState Actual)> Health { get; } = [];

        public async Task InitializeAsync()
        {
            await Simulation.SeedAsync(pairs: 50);
            while (Simulation.Clock.GetUtcNow() < MonthEnds[^1])
            {
                await Simulation.StepAsync();
                var now = Simulation.Clock.GetUtcNow();
                Expected.Run(Simulation.Pairs, now, Simulation.Programme.CheckInEveryDays);
                if (MonthEnds.Contains(now))
                    await RecordHealthAsync(now);
            }
        }

        public async Task DisposeAsync() => await Simulation.DisposeAsync();

        private async Task RecordHealthAsync(DateTimeOffset now)
        {
            var participants = (await Simulation.Service<ParticipantStore>().InProgrammeAsync(Simulation.Programme.Id, default)).ToDictionary(p => p.UserObjectId);
            var pairs = await Simulation.Service<PairStore>().InProgrammeAsync(Simulation.Programme.Id, default);
            var checkIns = await Simulation.CheckInsAsync();
            foreach (var pair in pairs)
            {
                var simulated = Simulation.Pairs.Single(p => p.Id == pair.Id);
                var actual = HealthRules.Of(Simulation.Programme, pair, participants[pair.MenteeId], participants[pair.MentorId], checkIns.Where(c => c.PairId == pair.Id), now)!.State;
                Health[(pair.Id, now)] = (ExpectedHealth.Of(simulated, Expected.All, now), actual);
            }
        }
    }
}
