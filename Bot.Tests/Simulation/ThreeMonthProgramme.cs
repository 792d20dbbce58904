using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using Microsoft.Bot.Schema;

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

    // Two outages of the digest job's host: one from before a Monday digest to the Wednesday after (sent late, in its
    // week), one over the channel's Friday digest to the end of its week (never sent).
    public static readonly (DateTimeOffset From, DateTimeOffset Until)[] DigestOutages =
    [
        (new(2027, 4, 12, 6, 0, 0, TimeSpan.Zero), new(2027, 4, 14, 9, 0, 0, TimeSpan.Zero)),
        (new(2027, 5, 7, 0, 0, 0, TimeSpan.Zero), new(2027, 5, 10, 0, 0, 0, TimeSpan.Zero)),
    ];

    public const string DigestTeam = "19:sim-team@thread.tacv2";
    public const string DigestChannel = "19:sim-digests@thread.tacv2";

    // Beside the simulated programme (one lead, not in it: UTC, weekly on Monday to their chat), a monthly one on
    // Wednesdays to two leads' chats, one of them in it from New York, and a weekly one on Fridays to a channel, on its
    // first lead's Kolkata clock.
    private static readonly Programme MonthlyDigests = DigestProgramme("p-sim-monthly", ["lead-ny", "lead"], new(DigestFrequency.Monthly, DayOfWeek.Wednesday, null));
    private static readonly Programme ChannelDigests = DigestProgramme("p-sim-channel", ["lead-kolkata", "lead"], new(DigestFrequency.Weekly, DayOfWeek.Friday, DigestChannel, DigestTeam));

    public ThreeMonthProgramme()
    {
        Nudges = new ExpectedNudges(Expected, Simulation.Programme.Leads[0]);
        Surveys = new ExpectedSurveys(Simulation.Programme.StartDate, Simulation.Programme.EndDate);
        var start = Simulation.Programme.StartDate;
        Digests = new ExpectedDigests(
            [
                new("p-sim", "lead", "UTC", Monthly: false, DayOfWeek.Monday, start),
                new(MonthlyDigests.Id, "lead-ny", "America/New_York", Monthly: true, DayOfWeek.Wednesday, start),
                new(MonthlyDigests.Id, "lead", "UTC", Monthly: true, DayOfWeek.Wednesday, start),
                new(ChannelDigests.Id, "channel:" + DigestChannel, "Asia/Kolkata", Monthly: false, DayOfWeek.Friday, start),
            ],
            localHour: 8);
    }

    /// <summary>The run goes on to the end of the programme's end date (1 June), so the end surveys and their reminders are in it.</summary>
    public static DateTimeOffset RunEnds => MonthEnds[^1].AddDays(1);

    public ProgrammeSimulation Simulation { get; } = new(Start) { RunsDigests = true, DigestsDown = at => DigestOutages.Any(o => at >= o.From && at < o.Until) };

    public ExpectedCheckIns Expected { get; } = new();

    public ExpectedNudges Nudges { get; }

    public ExpectedSurveys Surveys { get; }

    public ExpectedDigests Digests { get; }

    public Dictionary<(string Pair, DateTimeOffset At), (HealthState Expected, HealthState Actual)> Health { get; } = [];

    public async Task InitializeAsync()
    {
        await Simulation.SeedAsync(pairs: 50);
        await SeedDigestProgrammesAsync();
        while (Simulation.Clock.GetUtcNow() < RunEnds)
        {
            await Simulation.StepAsync();
            var now = Simulation.Clock.GetUtcNow();
            Expected.Run(Simulation.Pairs, now, Simulation.Programme.CheckInEveryDays);
            Nudges.Snoozes.AddRange(Simulation.Pairs.Where(p => p.SnoozesNudges)
                .SelectMany(p => Nudges.All.Where(n => n.Pair == p && n.Person == p.Mentee && n.Kind == "nudge" && n.At == now - TimeSpan.FromHours(1)).Select(n => (p, p.Mentee, now))));
            Nudges.Run(Simulation.Pairs, now);
            Surveys.Run(Simulation.Pairs, now);
            if (!Simulation.DigestsDown(now))
                Digests.Run(now);
            if (MonthEnds.Contains(now))
                await RecordHealthAsync(now);
        }
    }

    public async Task DisposeAsync() => await Simulation.DisposeAsync();

    private static Programme DigestProgramme(string id, string[] leads, DigestSettings digest) => new()
    {
        Id = id,
        Name = id,
        TenantId = SimulatedPeople.Tenant,
        Leads = leads,
        StartDate = DateOnly.FromDateTime(Start.UtcDateTime),
        EndDate = DateOnly.FromDateTime(Start.UtcDateTime.AddMonths(3)),
        Digest = digest,
    };

    private async Task SeedDigestProgrammesAsync()
    {
        await Simulation.Service<ProgrammeStore>().SaveAsync(MonthlyDigests, null, default);
        await Simulation.Service<ProgrammeStore>().SaveAsync(ChannelDigests, null, default);

        // The leads whose clock comes from their own participation (mentors with no pair: nothing else is sent to them).
        await Simulation.Service<ParticipantStore>().SaveAsync(SimulatedPeople.Person(MonthlyDigests.Id, "lead-ny", Role.Mentor, 1), default);
        await Simulation.Service<ParticipantStore>().SaveAsync(SimulatedPeople.Person(ChannelDigests.Id, "lead-kolkata", Role.Mentor, 2), default);
        await Simulation.Service<TeamChannelStore>().RememberAsync(
            new TeamRecord
            {
                TenantId = SimulatedPeople.Tenant,
                TeamId = DigestTeam,
                TeamName = "Mentoring",
                Reference = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://smba.example/", Bot = new ChannelAccount("28:bot"), Conversation = new ConversationAccount(id: DigestTeam) },
                Channels = [new TeamChannelEntry(DigestTeam, null), new TeamChannelEntry(DigestChannel, "Digests")],
            },
            default);
    }

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
