using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// The three-month run of <see cref="ThreeMonthProgrammeTests"/> (to the programme's end date), once for the class: the simulation steps the clock
/// 15 minutes at a time, and the independent expectations (check-ins, nudges, surveys, health) follow each step. Every test
/// reads what it produced.
/// </summary>
public sealed class ThreeMonthProgramme : IAsyncLifetime
{
    // A Monday; the US (14 March) and Europe (28 March) change their clocks during the run.
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset[] MonthEnds = [Start.AddMonths(1), Start.AddMonths(2), Start.AddMonths(3)];

    public ThreeMonthProgramme()
    {
        Nudges = new ExpectedNudges(Expected, Simulation.Programme.Leads[0]);
        Surveys = new ExpectedSurveys(Simulation.Programme.StartDate, Simulation.Programme.EndDate);
    }

    /// <summary>The run goes on to the end of the programme's end date (1 June), so the end surveys and their reminders are in it.</summary>
    public static DateTimeOffset RunEnds => MonthEnds[^1].AddDays(1);

    public ProgrammeSimulation Simulation { get; } = new(Start);

    public ExpectedCheckIns Expected { get; } = new();

    public ExpectedNudges Nudges { get; }

    public ExpectedSurveys Surveys { get; }

    public Dictionary<(string Pair, DateTimeOffset At), (HealthState Expected, HealthState Actual)> Health { get; } = [];

    public async Task InitializeAsync()
    {
        await Simulation.SeedAsync(pairs: 50);
        while (Simulation.Clock.GetUtcNow() < RunEnds)
        {
            await Simulation.StepAsync();
            var now = Simulation.Clock.GetUtcNow();
            Expected.Run(Simulation.Pairs, now, Simulation.Programme.CheckInEveryDays);
            Nudges.Snoozes.AddRange(Simulation.Pairs.Where(p => p.SnoozesNudges)
                .SelectMany(p => Nudges.All.Where(n => n.Pair == p && n.Person == p.Mentee && n.Kind == "nudge" && n.At == now - TimeSpan.FromHours(1)).Select(n => (p, p.Mentee, now))));
            Nudges.Run(Simulation.Pairs, now);
            Surveys.Run(Simulation.Pairs, now);
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
