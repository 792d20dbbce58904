using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace MentorBot.Tests.Integration.Faults;

/// <summary>
/// A programme in a bot's data folder whose pairs started a month ago and never met, every person working all day
/// every day: each person's first check-in and first no-meeting nudge are due whenever the test runs. Written with the
/// bot's own stores on the bot's own SQLite file, which the test keeps open beside the bot process (WAL: the test
/// reads while the bot writes) to see what the dispatch recorded and what the outbox holds.
/// </summary>
internal sealed class QuietProgramme
{
    public const string ProgrammeId = "p-quiet";

    private static readonly WorkingHours Always = new(TimeOnly.MinValue, TimeOnly.MaxValue, Enum.GetValues<DayOfWeek>(), "Etc/UTC");

    private readonly SqliteEntityStore _store;
    private readonly OutboxLedger _ledger;

    private QuietProgramme(string dataFolder, string tenant, IReadOnlyList<TeamsUser> people)
    {
        _store = new SqliteEntityStore(Path.Combine(dataFolder, "mentorbot.db"), TimeProvider.System);
        _ledger = new OutboxLedger(_store, Options.Create(new MessagingOptions()), TimeProvider.System, NullLogger<OutboxLedger>.Instance);
        Tenant = tenant;
        People = people;
    }

    public string Tenant { get; }

    /// <summary>Every mentee and mentor, each in a personal chat with the bot at the connector.</summary>
    public IReadOnlyList<TeamsUser> People { get; }

    public static async Task<QuietProgramme> SeedAsync(string dataFolder, int pairs, Uri serviceUrl)
    {
        var tenant = Guid.NewGuid().ToString();
        var people = Enumerable.Range(0, 2 * pairs).Select(_ => TeamsUser.New(tenant)).ToList();
        var world = new QuietProgramme(dataFolder, tenant, people);
        var now = TimeProvider.System.GetUtcNow();
        var started = now.AddDays(-30);
        await new ProgrammeStore(world._store).SaveAsync(new Programme
        {
            Id = ProgrammeId,
            Name = "Quiet programme",
            TenantId = tenant,
            Leads = ["lead"],
            StartDate = DateOnly.FromDateTime(started.UtcDateTime),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddMonths(3)),
            CheckInEveryDays = 14,
        }, null, CancellationToken.None);

        var participants = new ParticipantStore(world._store);
        var pairStore = new PairStore(world._store);
        var references = new ConversationReferences(world._store, TimeProvider.System, NullLogger<ConversationReferences>.Instance);
        for (var i = 0; i < pairs; i++)
        {
            var (mentee, mentor) = (people[2 * i], people[(2 * i) + 1]);
            await participants.SaveAsync(Person(mentee, Role.Mentee, started, $"Mentee {i}"), CancellationToken.None);
            await participants.SaveAsync(Person(mentor, Role.Mentor, started, $"Mentor {i}"), CancellationToken.None);
            await pairStore.SaveAsync(SeededPairs.In(ProgrammeId, (tenant, mentee.ObjectId), (tenant, mentor.ObjectId), PairStatus.Active, started), null, CancellationToken.None);

            // As installing the app leaves it: the person's personal chat, at the connector.
            foreach (var person in new[] { mentee, mentor })
                Assert.True(await references.RememberAsync(Activity(TeamsActivities.Message(person, serviceUrl, "hello")), CancellationToken.None));
        }

        return world;
    }

    /// <summary>The check-ins or nudges the dispatch recorded: for whom, and whether each still awaits sending.</summary>
    public async Task<IReadOnlyList<(string UserObjectId, bool AwaitsSending)>> RecordsAsync(bool checkIns) => checkIns
        ? [.. (await new CheckInStore(_store).InProgrammeAsync(ProgrammeId, CancellationToken.None)).Select(c => (c.UserObjectId, c.AwaitsSending))]
        : [.. (await new NudgeStore(_store).InProgrammeAsync(ProgrammeId, CancellationToken.None)).Select(n => (n.UserObjectId, n.AwaitsSending))];

    /// <summary>Every message in the outbox ledger, whatever its state.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> OutboxAsync()
    {
        var entries = new List<OutboxEntry>();
        await foreach (var (_, entry) in _ledger.MessagesAsync(null, CancellationToken.None))
            entries.Add(entry);
        return entries;
    }

    /// <summary>
    /// Erases a claimed message from the outbox (its ledger row and its due row), leaving its record awaiting sending: the
    /// state a process killed after recording the message and before claiming its key leaves behind.
    /// </summary>
    public async Task ForgetClaimAsync(OutboxEntry claimed)
    {
        await foreach (var (row, entry) in _ledger.MessagesAsync(Tenant, CancellationToken.None))
        {
            if (entry.Key == claimed.Key && entry.Address == claimed.Address)
            {
                Assert.True(await _ledger.EraseAsync(row, entry, CancellationToken.None));
                return;
            }
        }

        Assert.Fail($"No outbox entry {claimed.Key} for {claimed.Address}.");
    }

    /// <summary>
    /// Puts the "awaits sending" mark back on a delivered person's record: the state a process killed after the outbox
    /// recorded the delivery and before the dispatch cleared the record's mark leaves behind.
    /// </summary>
    public async Task MarkAwaitingAsync(bool checkIns, string userObjectId)
    {
        if (checkIns)
        {
            var store = new CheckInStore(_store);
            var sent = Assert.Single(await store.InProgrammeAsync(ProgrammeId, CancellationToken.None), c => c.UserObjectId == userObjectId);
            var (checkIn, version) = (await store.GetVersionedAsync(ProgrammeId, sent.PairId, sent.TenantId, sent.UserObjectId, sent.Period, CancellationToken.None))!.Value;
            Assert.True(await store.TrySaveAsync(checkIn with { AwaitsSending = true }, version, CancellationToken.None));
        }
        else
        {
            var store = new NudgeStore(_store);
            var sent = Assert.Single(await store.InProgrammeAsync(ProgrammeId, CancellationToken.None), n => n.UserObjectId == userObjectId);
            var (nudge, version) = (await store.GetVersionedAsync(ProgrammeId, sent.PairId, sent.Kind, sent.TenantId, sent.UserObjectId, sent.Period, CancellationToken.None))!.Value;
            Assert.True(await store.TrySaveAsync(nudge with { AwaitsSending = true }, version, CancellationToken.None));
        }
    }

    /// <summary>The outbox's due index: messages that may still need delivering.</summary>
    public async Task<IReadOnlyList<OutboxDueItem>> DueAsync()
    {
        var due = new List<OutboxDueItem>();
        await foreach (var item in _ledger.ListDueAsync(int.MaxValue, CancellationToken.None))
            due.Add(item);
        return due;
    }

    private static Participant Person(TeamsUser user, Role role, DateTimeOffset joined, string name) => new()
    {
        TenantId = user.TenantId,
        UserObjectId = user.ObjectId,
        ProgrammeId = ProgrammeId,
        Role = role,
        DisplayName = name,
        Goals = ["Lead a project"],
        WorkingHours = Always,
        Capacity = role == Role.Mentor ? 1 : null,
        JoinedAt = joined,
    };

    private static Activity Activity(System.Text.Json.Nodes.JsonObject json) =>
        JsonConvert.DeserializeObject<Activity>(json.ToJsonString()) ?? throw new InvalidDataException("Not an activity.");
}
