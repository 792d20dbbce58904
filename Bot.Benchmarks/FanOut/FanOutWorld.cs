using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using MentorBot.Storage;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace MentorBot.Benchmarks.FanOut;

/// <summary>
/// The bot's store as a real programme would leave it, written with the bot's own store classes: one open programme
/// with <c>pairs</c> active pairs in one tenant, all quiet for longer than DaysWithoutMeeting, every person working
/// all week and all day in UTC, so each person is owed exactly one no-meeting nudge now; and a conversation
/// reference per person (their personal chat, as installing the app leaves it) pointing at the connector.
/// </summary>
internal static class FanOutWorld
{
    public const string Tenant = "fanout-tenant";
    public const string ProgrammeId = "fanout-programme";

    private static readonly WorkingHours Always = new(TimeOnly.MinValue, TimeOnly.MaxValue, Enum.GetValues<DayOfWeek>(), "Etc/UTC");

    /// <summary>The personal chat of person <paramref name="index"/>: where their one nudge must arrive.</summary>
    public static string ConversationOf(int index) => $"a:fanout-{index:D6}";

    public static async Task SeedAsync(string databasePath, int pairs, Uri serviceUrl, TimeProvider time, CancellationToken cancellationToken)
    {
        var store = new SqliteEntityStore(databasePath, time);
        var now = time.GetUtcNow();
        var started = now.AddDays(-(NudgeThresholds.Default.DaysWithoutMeeting + 7));
        var programme = new Programme
        {
            Id = ProgrammeId,
            Name = "Fan-out benchmark",
            TenantId = Tenant,
            Leads = ["fanout-lead"],
            StartDate = DateOnly.FromDateTime(started.UtcDateTime.AddDays(-7)),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddMonths(6)),
        };
        await new ProgrammeStore(store).SaveAsync(programme, null, cancellationToken);

        var participants = new ParticipantStore(store);
        var pairStore = new PairStore(store);
        var references = store.Table(ConversationReferences.TableName);
        for (var i = 0; i < pairs; i++)
        {
            var (mentee, mentor) = (2 * i, (2 * i) + 1);
            await participants.SaveAsync(Person(mentee, Role.Mentee, started), cancellationToken);
            await participants.SaveAsync(Person(mentor, Role.Mentor, started), cancellationToken);
            await pairStore.SaveAsync(new Pair
            {
                Id = Pair.IdFor(UserOf(mentee), UserOf(mentor)),
                ProgrammeId = ProgrammeId,
                MenteeTenantId = Tenant,
                MenteeId = UserOf(mentee),
                MentorTenantId = Tenant,
                MentorId = UserOf(mentor),
                Status = PairStatus.Active,
                ScorePercent = 80,
                ProposedAt = started,
                OfferedAt = started,
                AcceptedAt = started,
            }, null, cancellationToken);
            foreach (var person in new[] { mentee, mentor })
                await references.InsertAsync(new(Tenant, UserOf(person), JsonConvert.SerializeObject(Reference(person, serviceUrl, now))), cancellationToken);
        }
    }

    private static string UserOf(int index) => $"00000000-0000-0000-0000-{index:D12}";

    private static Participant Person(int index, Role role, DateTimeOffset joined) => new()
    {
        TenantId = Tenant,
        UserObjectId = UserOf(index),
        ProgrammeId = ProgrammeId,
        Role = role,
        DisplayName = $"Person {index}",
        Goals = ["Lead a project"],
        WorkingHours = Always,
        Capacity = role == Role.Mentor ? 1 : null,
        JoinedAt = joined,
    };

    private static ConversationReferenceRecord Reference(int index, Uri serviceUrl, DateTimeOffset now) => new()
    {
        Reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl.ToString(),
            Conversation = new ConversationAccount(conversationType: "personal", id: ConversationOf(index), tenantId: Tenant),
            User = new ChannelAccount(id: $"29:fanout-{index}", aadObjectId: UserOf(index)),
            Bot = new ChannelAccount(id: "28:fanout-bot", name: "MentorBot"),
        },
        Locale = "en-US",
        UpdatedAt = now,
        WelcomedAt = now,
    };
}
