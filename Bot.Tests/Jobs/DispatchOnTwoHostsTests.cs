using Hangfire;
using Hangfire.States;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// Two instances of the bot as they run in production: each its own host, DI, Hangfire server and messenger, sharing
/// one Azure Tables store (Azurite, same prefix), one PostgreSQL job storage and one Bot Connector. The check-in,
/// nudge and survey dispatches, each run on both at once, directly and as the recurring job, must still deliver each
/// message once; so must the digest dispatch, to each lead's chat and to a team channel.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class DispatchOnTwoHostsTests(PostgresFixture postgres, AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int PairCount = 3;
    private const int Rounds = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);

    // Every moment of every day, so the messages are due whenever the test runs on the real clock.
    private static readonly WorkingHours Always = new(TimeOnly.MinValue, TimeOnly.MaxValue, Enum.GetValues<DayOfWeek>(), "Etc/UTC");

    public static TheoryData<Dispatch> Dispatches => [Dispatch.CheckIns, Dispatch.Nudges, Dispatch.Surveys];

    [Theory]
    [MemberData(nameof(Dispatches))]
    public async Task TwoBotProcesses_SharingOneAzuriteStoreAndOnePostgresJobStorage_DispatchEachMessageOnce(Dispatch dispatch)
    {
        var database = await postgres.CreateDatabaseAsync($"{dispatch.ToString().ToLowerInvariant()}_two_hosts");
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        await using var connector = await LoopbackConnector.StartAsync();
        await using var first = new MentorBotApp(Settings(database, prefix));
        await using var second = new MentorBotApp(Settings(database, prefix));

        // One after the other: each prepares the Hangfire schema at start, and the second then finds it there.
        first.StartServer();
        second.StartServer();

        var tenant = Guid.NewGuid().ToString();
        var people = await SeedAsync(first, connector, tenant);

        // Several rounds of both hosts running the dispatch at the same moment, then the recurring job triggered on
        // both, so the two Hangfire servers race for it too.
        for (var round = 0; round < Rounds; round++)
            await Task.WhenAll(Task.Run(() => DispatchAsync(first, dispatch)), Task.Run(() => DispatchAsync(second, dispatch)));
        await Task.WhenAll(TriggerAndWaitAsync(first, dispatch), TriggerAndWaitAsync(second, dispatch));

        var verb = dispatch switch { Dispatch.CheckIns => CheckInCard.AnswerVerb, Dispatch.Nudges => NudgeCard.SnoozeVerb, _ => SurveyCard.AnswerVerb };
        foreach (var person in people)
        {
            await Eventually.TrueAsync(() => Task.FromResult(CardsIn(connector, person, verb).Count >= 1), $"a {dispatch} card for {person.ObjectId}", Timeout);
            Assert.Single(CardsIn(connector, person, verb));
        }

        var stored = dispatch switch
        {
            Dispatch.CheckIns => (await first.Services.GetRequiredService<CheckInStore>().InProgrammeAsync(ProgrammeId(tenant), CancellationToken.None)).Select(c => (c.UserObjectId, c.AwaitsSending)).ToList(),
            Dispatch.Nudges => (await first.Services.GetRequiredService<NudgeStore>().InProgrammeAsync(ProgrammeId(tenant), CancellationToken.None)).Select(n => (n.UserObjectId, n.AwaitsSending)).ToList(),
            _ => (await first.Services.GetRequiredService<SurveyStore>().InProgrammeAsync(ProgrammeId(tenant), CancellationToken.None)).Select(s => (s.UserObjectId, s.AwaitsSending)).ToList(),
        };
        Assert.Equal(people.Select(p => p.ObjectId).Order(StringComparer.Ordinal), stored.Select(c => c.UserObjectId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(stored, c => c.AwaitsSending);
    }

    [Fact]
    public async Task TwoBotProcesses_SharingOneAzuriteStoreAndOnePostgresJobStorage_SendEachDigestOnce()
    {
        var database = await postgres.CreateDatabaseAsync("digests_two_hosts");
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = Settings(database, prefix);

        // From midnight: this week's Monday digest is due whenever the test runs.
        settings["Digests:LocalHour"] = "0";
        await using var first = new MentorBotApp(settings);
        await using var second = new MentorBotApp(settings);
        first.StartServer();
        second.StartServer();

        var tenant = Guid.NewGuid().ToString();
        var leads = new[] { await InstalledAsync(first, connector, tenant), await InstalledAsync(first, connector, tenant) };
        var team = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var now = first.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var toLeads = DigestProgramme($"p-{tenant}-leads", tenant, leads, now, DigestSettings.Default);
        var toChannel = DigestProgramme($"p-{tenant}-channel", tenant, leads, now, new DigestSettings(DigestFrequency.Weekly, DayOfWeek.Monday, channel, team));
        await first.Services.GetRequiredService<ProgrammeStore>().SaveAsync(toLeads, null, CancellationToken.None);
        await first.Services.GetRequiredService<ProgrammeStore>().SaveAsync(toChannel, null, CancellationToken.None);
        await first.Services.GetRequiredService<TeamChannelStore>().RememberAsync(
            new TeamRecord
            {
                TenantId = tenant,
                TeamId = team,
                TeamName = "Mentoring",
                Reference = new ConversationReference { ChannelId = "msteams", ServiceUrl = connector.ServiceUrl.ToString(), Bot = new ChannelAccount(TeamsActivities.BotId), Conversation = new ConversationAccount(id: team) },
                Channels = [new TeamChannelEntry(team, null), new TeamChannelEntry(channel, "Digests")],
            },
            CancellationToken.None);

        for (var round = 0; round < Rounds; round++)
            await Task.WhenAll(Task.Run(() => DispatchAsync(first, Dispatch.Digests)), Task.Run(() => DispatchAsync(second, Dispatch.Digests)));
        await Task.WhenAll(TriggerAndWaitAsync(first, Dispatch.Digests), TriggerAndWaitAsync(second, Dispatch.Digests));

        // Each lead: the welcome, then one digest (of the programme sent to their chat); the channel: one digest.
        foreach (var lead in leads)
        {
            await Eventually.TrueAsync(() => Task.FromResult(connector.ActivitiesIn(lead.ConversationId).Count >= 2), $"a digest for {lead.ObjectId}", Timeout);
            Assert.Equal(2, connector.ActivitiesIn(lead.ConversationId).Count);
        }

        await Eventually.TrueAsync(() => Task.FromResult(connector.ActivitiesIn(channel).Count >= 1), "a digest in the channel", Timeout);
        Assert.Single(connector.ActivitiesIn(channel));
        Assert.Empty(connector.ActivitiesIn(team));
        var recorded = (await first.Services.GetRequiredService<ScheduledDigestStore>().InProgrammeAsync(toLeads.Id, CancellationToken.None))
            .Concat(await first.Services.GetRequiredService<ScheduledDigestStore>().InProgrammeAsync(toChannel.Id, CancellationToken.None)).ToList();
        Assert.Equal(3, recorded.Count);
        Assert.DoesNotContain(recorded, d => d.AwaitsSending);
    }

    /// <summary>Which recurring dispatch the two hosts race on.</summary>
    public enum Dispatch
    {
        CheckIns,
        Nudges,
        Surveys,
        Digests,
    }

    private static Programme DigestProgramme(string id, string tenant, TeamsUser[] leads, DateTimeOffset now, DigestSettings digest) => new()
    {
        Id = id,
        Name = id,
        TenantId = tenant,
        Leads = [.. leads.Select(l => l.ObjectId)],
        StartDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-30)),
        EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddMonths(6)),
        Digest = digest,
    };

    private Dictionary<string, string?> Settings(string database, string prefix) => new()
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
        ["Storage:AzureTables:TablePrefix"] = prefix,
        ["Jobs:Storage"] = "PostgreSql",
        ["Jobs:ConnectionString"] = database,
        ["Jobs:Schema"] = JobsAppFactory.Schema,
        ["Jobs:RunServer"] = "true",
    };

    private static string ProgrammeId(string tenant) => $"p-{tenant}";

    private static Task DispatchAsync(MentorBotApp app, Dispatch dispatch) => dispatch switch
    {
        Dispatch.CheckIns => app.Services.GetRequiredService<CheckInDispatchJob>().RunAsync(CancellationToken.None),
        Dispatch.Nudges => app.Services.GetRequiredService<NudgeDispatchJob>().RunAsync(CancellationToken.None),
        Dispatch.Surveys => app.Services.GetRequiredService<SurveyDispatchJob>().RunAsync(CancellationToken.None),
        _ => app.Services.GetRequiredService<DigestDispatchJob>().RunAsync(CancellationToken.None),
    };

    // Triggers the recurring job through this host's manager and waits for that run to succeed on whichever server took it.
    private static async Task TriggerAndWaitAsync(MentorBotApp app, Dispatch dispatch)
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        var recurring = dispatch switch
        {
            Dispatch.CheckIns => CheckInDispatchJob.RecurringJobId,
            Dispatch.Nudges => NudgeDispatchJob.RecurringJobId,
            Dispatch.Surveys => SurveyDispatchJob.RecurringJobId,
            _ => DigestDispatchJob.RecurringJobId,
        };
        var jobId = ((IRecurringJobManagerV2)app.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(recurring);
        Assert.NotNull(jobId);
        await Eventually.TrueAsync(
            () =>
            {
                using var connection = storage.GetConnection();
                return Task.FromResult(connection.GetJobData(jobId)?.State == SucceededState.StateName);
            },
            $"the triggered {dispatch} dispatch job {jobId} to succeed",
            JobTimeout);
    }

    // Installs the bot for a mentee and a mentor per pair (so the bot holds a conversation reference for each), then
    // records the programme and active pairs that started a month ago and never met: every person's first check-in
    // (after 14 days), first no-meeting nudge (after 21) and mid-programme survey (half-way from the pairs' start to
    // the end date, 20 days ahead) are due now.
    private static async Task<List<TeamsUser>> SeedAsync(MentorBotApp app, LoopbackConnector connector, string tenant)
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var programme = new Programme
        {
            Id = ProgrammeId(tenant),
            Name = "Two hosts programme",
            TenantId = tenant,
            Leads = ["lead"],
            StartDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-30)),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(20)),
            CheckInEveryDays = 14,
        };
        await app.Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, CancellationToken.None);

        var people = new List<TeamsUser>();
        for (var i = 0; i < PairCount; i++)
        {
            var mentee = await InstalledAsync(app, connector, tenant);
            var mentor = await InstalledAsync(app, connector, tenant);
            people.AddRange([mentee, mentor]);
            await SaveParticipantAsync(app, programme, mentee, Role.Mentee, $"Mentee {i}");
            await SaveParticipantAsync(app, programme, mentor, Role.Mentor, $"Mentor {i}");
            var started = now.AddDays(-30);
            await app.Services.GetRequiredService<PairStore>().SaveAsync(new Pair
            {
                Id = $"pair-{i}-{Guid.NewGuid():N}",
                ProgrammeId = programme.Id,
                MenteeTenantId = tenant,
                MenteeId = mentee.ObjectId,
                MentorTenantId = tenant,
                MentorId = mentor.ObjectId,
                Status = PairStatus.Active,
                ProposedAt = started,
                AcceptedAt = started,
            }, null, CancellationToken.None);
        }

        return people;
    }

    private static async Task<TeamsUser> InstalledAsync(MentorBotApp app, LoopbackConnector connector, string tenant)
    {
        var user = TeamsUser.New(tenant);
        using var response = await app.PostActivityAsync(TeamsActivities.InstallationAdded(user, connector.ServiceUrl));
        response.EnsureSuccessStatusCode();
        await connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout);
        return user;
    }

    private static Task SaveParticipantAsync(MentorBotApp app, Programme programme, TeamsUser user, Role role, string name) =>
        app.Services.GetRequiredService<ParticipantStore>().SaveAsync(new Participant
        {
            TenantId = user.TenantId,
            UserObjectId = user.ObjectId,
            ProgrammeId = programme.Id,
            Role = role,
            DisplayName = name,
            Goals = ["Lead a project"],
            WorkingHours = Always,
            Capacity = role == Role.Mentor ? 1 : null,
        }, CancellationToken.None);

    private static List<Activity> CardsIn(LoopbackConnector connector, TeamsUser user, string verb) =>
        [.. connector.ActivitiesIn(user.ConversationId).Where(a => a.Attachments?.Count > 0 && CardReader.AdaptiveCard(a).ToString().Contains(verb, StringComparison.Ordinal))];
}
