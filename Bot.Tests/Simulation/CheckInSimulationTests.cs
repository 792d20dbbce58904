using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// Three months of a 50-pair programme on a fake clock, the check-in job run every 15 minutes of it: pairs meeting
/// through booked meetings, outside the bot, silent, and paused part-way, in Paris, New York and Kolkata.
/// </summary>
public sealed class CheckInSimulationTests : IAsyncLifetime
{
    // A Monday; the US (14 March) and Europe (28 March) change their clocks during the run.
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset[] MonthEnds = [Start.AddMonths(1), Start.AddMonths(2), Start.AddMonths(3)];

    private readonly ProgrammeSimulation _simulation = new(Start);
    private readonly ExpectedCheckIns _expected = new();
    private readonly Dictionary<(string Pair, DateTimeOffset At), (HealthState Expected, HealthState Actual)> _health = [];

    public async Task InitializeAsync()
    {
        await _simulation.SeedAsync(pairs: 50);
        while (_simulation.Clock.GetUtcNow() < MonthEnds[^1])
        {
            await _simulation.StepAsync();
            var now = _simulation.Clock.GetUtcNow();
            _expected.Run(_simulation.Pairs, now, _simulation.Programme.CheckInEveryDays);
            if (MonthEnds.Contains(now))
                await RecordHealthAsync(now);
        }
    }

    public async Task DisposeAsync() => await _simulation.DisposeAsync();

    [Fact]
    public void ThreeMonths_SendExactlyTheExpectedCheckIns_AtTheExpectedRuns()
    {
        var sent = _simulation.Messenger.Deliveries.Select(d => (d.Message.Key.Value, d.At)).OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
        var expected = _expected.All.Select(e => (e.Key, e.At)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

        Assert.True(expected.Count > 300, $"the scenario should produce hundreds of check-ins, not {expected.Count}");
        Assert.Equal(expected, sent);
        Assert.Equal(0, _simulation.Messenger.Repeats);
    }

    [Fact]
    public async Task EveryCheckIn_IsRecordedOnce_AndNoneIsLeftUnsent()
    {
        var stored = await _simulation.CheckInsAsync();

        Assert.Equal(_expected.All.Count, stored.Count);
        Assert.DoesNotContain(stored, c => c.AwaitsSending);
    }

    [Fact]
    public void EveryCheckIn_ArrivesInsideItsRecipientsWorkingHours_OnTheirOwnClock()
    {
        foreach (var expected in _expected.All)
            Assert.True(ExpectedCheckIns.IsWorking(expected.Person, expected.At), $"{expected.Key} at {expected.At:O}");
        foreach (var (message, at) in _simulation.Messenger.Deliveries)
        {
            var person = _simulation.Pairs.SelectMany(p => new[] { p.Mentee, p.Mentor }).Single(p => p.UserObjectId == message.UserObjectId);
            Assert.True(ExpectedCheckIns.IsWorking(person, at), $"{message.Key} reached {person.UserObjectId} at {at:O}, outside their working hours");
        }
    }

    [Fact]
    public void NoCheckIn_ArrivesWhileEitherPersonIsPaused_AndPausedPairsResumeAfterwards()
    {
        foreach (var pair in _simulation.Pairs.Where(p => p.Behaviour == PairBehaviour.PausedPartWay))
        {
            var theirs = _simulation.Messenger.Deliveries.Where(d => d.Message.Key.Value.Contains(pair.Id, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(theirs, d => ExpectedCheckIns.IsPaused(pair, pair.Pauser, d.At));
            Assert.Contains(theirs, d => d.At > pair.PauseSetAt.AddDays(28));
        }
    }

    [Fact]
    public void HealthOfEveryPair_AtEachMonthsEnd_MatchesTheIndependentComputation()
    {
        Assert.Equal(50 * MonthEnds.Length, _health.Count);
        Assert.All(_health, h => Assert.True(h.Value.Expected == h.Value.Actual, $"{h.Key.Pair} at {h.Key.At:O}: expected {h.Value.Expected}, computed {h.Value.Actual}"));
        Assert.Contains(_health.Values, h => h.Actual == HealthState.Paused);
        Assert.Contains(_health.Values, h => h.Actual == HealthState.OnTrack);
        Assert.Contains(_health.Values, h => h.Actual == HealthState.Stalled);
    }

    private async Task RecordHealthAsync(DateTimeOffset now)
    {
        var participants = (await _simulation.Service<ParticipantStore>().InProgrammeAsync(_simulation.Programme.Id, default)).ToDictionary(p => p.UserObjectId);
        var pairs = await _simulation.Service<PairStore>().InProgrammeAsync(_simulation.Programme.Id, default);
        var checkIns = await _simulation.CheckInsAsync();
        foreach (var pair in pairs)
        {
            var simulated = _simulation.Pairs.Single(p => p.Id == pair.Id);
            var actual = HealthRules.Of(_simulation.Programme, pair, participants[pair.MenteeId], participants[pair.MentorId], checkIns.Where(c => c.PairId == pair.Id), now)!.State;
            _health[(pair.Id, now)] = (ExpectedHealth.Of(simulated, _expected.All, now), actual);
        }
    }
}
