using System.Collections.Concurrent;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using MentorBot.Tests.Simulation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations.Digests;

/// <summary>
/// The digest dispatch on a fake clock, over the app's real services and SQLite store, with a recording messenger:
/// where each digest goes, on whose clock (a lead in the programme: their own hours; else the directory's; else UTC),
/// in whose language, and once, whether two runs race or one stops half-way.
/// </summary>
public sealed class DigestDispatchTests : IAsyncLifetime
{
    // A Monday, before the US changes its clocks: New York is UTC−5, Kolkata UTC+5:30.
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Team = "19:team@thread.tacv2";
    private const string Channel = "19:digests@thread.tacv2";

    private readonly Locales _locales = new();
    private readonly ProgrammeSimulation _app;

    public DigestDispatchTests()
    {
        _app = new ProgrammeSimulation(Start, services =>
        {
            services.AddSingleton<IDirectory>(new KolkataDirectory());
            services.AddSingleton<IContactLookup>(_locales);
        });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EachLead_GetsTheWeeklyDigest_AtEightOnTheirOwnClock_InTheirLanguage()
    {
        await SaveAsync(Programme("p-1", ["lead-ny", "lead-kolkata", "lead-utc"]));
        await _app.Service<ParticipantStore>().SaveAsync(SimulatedPeople.Person("p-1", "lead-ny", Role.Mentor, 1), default);

        await RunForAsync(TimeSpan.FromDays(1));

        var sent = _app.Delivered("digest").ToDictionary(d => d.Message.UserObjectId!, d => (d.Message.Key.Value, d.At));
        Assert.Equal(("digest:p-1:lead-kolkata:2027-W09", Start.AddHours(2.5)), sent["lead-kolkata"]);
        Assert.Equal(("digest:p-1:lead-utc:2027-W09", Start.AddHours(8)), sent["lead-utc"]);
        Assert.Equal(("digest:p-1:lead-ny:2027-W09", Start.AddHours(13)), sent["lead-ny"]);
        Assert.Equal(3, sent.Count);
        Assert.Equal(["lead-kolkata", "lead-utc", "lead-ny"], _locales.AskedFor);
    }

    [Fact]
    public async Task AChannelDigest_IsPostedOnce_OnTheFirstLeadsClock_InTheirLanguage_AndNotToTheLeadsChats()
    {
        await SaveAsync(Programme("p-2", ["lead-kolkata", "lead-utc"]) with { Digest = new DigestSettings(DigestFrequency.Weekly, DayOfWeek.Monday, Channel, Team) });
        await RememberTeamAsync();

        await RunForAsync(TimeSpan.FromDays(7));

        var (message, at) = Assert.Single(_app.Delivered("digest"));
        Assert.Equal(Recipient.Channel(Team, Channel), message.To);
        Assert.Equal($"digest:p-2:channel:{Channel}:2027-W09", message.Key.Value);
        Assert.Equal(Start.AddHours(2.5), at);
        Assert.Equal(["lead-kolkata"], _locales.AskedFor);
    }

    [Fact]
    public async Task AChannelSavedWithoutItsTeam_IsFoundAmongTheTenantsChannels()
    {
        await SaveAsync(Programme("p-3", ["lead-utc"]) with { Digest = new DigestSettings(DigestFrequency.Weekly, DayOfWeek.Monday, Channel) });
        await RememberTeamAsync();

        await RunForAsync(TimeSpan.FromDays(1));

        Assert.Equal(Recipient.Channel(Team, Channel), Assert.Single(_app.Delivered("digest")).Message.To);
    }

    [Fact]
    public async Task AClosedProgramme_GetsNoScheduledDigest()
    {
        await SaveAsync(Programme("p-4", ["lead-utc"]) with { Status = ProgrammeStatus.Closed, ClosedAt = Start });

        await RunForAsync(TimeSpan.FromDays(8));

        Assert.Empty(_app.Delivered("digest"));
    }

    [Fact]
    public async Task TwoRunsAtOnce_ComposeAndSendEachDigestOnce()
    {
        await SaveAsync(Programme("p-5", ["lead-utc", "lead-kolkata"]));
        _app.Clock.Advance(TimeSpan.FromHours(8));

        var dispatch = _app.Service<DigestDispatch>();
        var other = new DigestDispatch(
            _app.Service<ProgrammeStore>(), _app.Service<ParticipantStore>(), _app.Service<ScheduledDigestStore>(), _app.Service<DigestComposer>(),
            _app.Service<MentorBot.Dialogs.Conversations.Notices>(), _app.Service<ITeamChannels>(), _app.Service<MentorBot.Dialogs.Conversations.Nudges.LeadHours>(),
            DigestTiming.Default, _app.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestDispatch>.Instance);
        for (var i = 0; i < 5; i++)
            await Task.WhenAll(Task.Run(() => dispatch.RunAsync(default)), Task.Run(() => other.RunAsync(default)));

        Assert.Equal(2, _app.Delivered("digest").Count);
        Assert.Equal(0, _app.Messenger.Repeats);
    }

    [Fact]
    public async Task ARunThatStoppedAfterRecording_IsFinishedByTheNextRun_InTheSamePeriod()
    {
        await SaveAsync(Programme("p-6", ["lead-utc"]));
        _app.Clock.Advance(TimeSpan.FromHours(8));
        _app.Messenger.FailNext("digest");

        await Assert.ThrowsAsync<IOException>(() => _app.Service<DigestDispatch>().RunAsync(default));
        Assert.True(Assert.Single(await _app.Service<ScheduledDigestStore>().InProgrammeAsync("p-6", default)).AwaitsSending);
        await RunForAsync(TimeSpan.FromHours(1));

        var (message, at) = Assert.Single(_app.Delivered("digest"));
        Assert.Equal(Start.AddHours(8.25), at);
        Assert.False(Assert.Single(await _app.Service<ScheduledDigestStore>().InProgrammeAsync("p-6", default)).AwaitsSending);
        Assert.Equal("digest:p-6:lead-utc:2027-W09", message.Key.Value);
    }

    private static Programme Programme(string id, string[] leads) => new()
    {
        Id = id,
        Name = "Digest programme " + id,
        TenantId = SimulatedPeople.Tenant,
        Leads = leads,
        StartDate = DateOnly.FromDateTime(Start.UtcDateTime),
        EndDate = DateOnly.FromDateTime(Start.UtcDateTime.AddMonths(6)),
    };

    private Task<string> SaveAsync(Programme programme) => _app.Service<ProgrammeStore>().SaveAsync(programme, null, default);

    private async Task RunForAsync(TimeSpan span)
    {
        var until = _app.Clock.GetUtcNow() + span;
        while (_app.Clock.GetUtcNow() < until)
        {
            _app.Clock.Advance(ProgrammeSimulation.JobInterval);
            await _app.Service<DigestDispatch>().RunAsync(default);
        }
    }

    private Task RememberTeamAsync() => _app.Service<TeamChannelStore>().RememberAsync(
        new TeamRecord
        {
            TenantId = SimulatedPeople.Tenant,
            TeamId = Team,
            Reference = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://smba.example/", Bot = new ChannelAccount("28:bot"), Conversation = new ConversationAccount(id: Team) },
            Channels = [new TeamChannelEntry(Team, null), new TeamChannelEntry(Channel, "Digests")],
        },
        default);

    // Only lead-kolkata is known to the directory (Graph's mailbox settings in production).
    private sealed class KolkataDirectory : IDirectory
    {
        public Task<DirectoryProfile?> FindAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
            Task.FromResult(userObjectId == "lead-kolkata"
                ? new DirectoryProfile(null, null, null, "Asia/Kolkata", new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, null)
                : null);
    }

    // Whose language each message was written in: the locale asked for, in order.
    private sealed class Locales : IContactLookup
    {
        private readonly ConcurrentQueue<string> _asked = new();

        public IReadOnlyList<string> AskedFor => [.. _asked];

        public Task<Contact> FindByIdAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) => Task.FromResult(new Contact(null, null));

        public Task<string?> LocaleOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
        {
            _asked.Enqueue(userObjectId);
            return Task.FromResult<string?>(userObjectId == "lead-kolkata" ? "fr-FR" : null);
        }

        public Task<IReadOnlyDictionary<string, string>> AddressesOfAsync(string tenantId, IReadOnlyCollection<string> userObjectIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
    }
}
