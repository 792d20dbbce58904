using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Storage;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// What the mix needs in the bot's store, written with the bot's own store classes as a programme would leave it:
/// one open programme in one tenant (the tenant Graph serves) with a skills catalogue, which newcomers join; and
/// <c>pairs</c> active pairs of people who joined a month ago and were matched three days ago, so nothing is due
/// for them yet (no nudge, no scheduled check-in): "check in" gives each an on-request check-in to answer.
/// </summary>
internal static class LoadWorld
{
    public const string Tenant = "4c0ad7e5-7e57-4000-8000-00000000ad01";
    public const string ProgrammeId = "load-programme";

    /// <summary>People with a pair are population 1, newcomers 2, visitors 3 (their ids say which).</summary>
    public const int Paired = 1;
    public const int Newcomers = 2;
    public const int Visitors = 3;

    private static readonly WorkingHours OfficeHours = new(new TimeOnly(9, 0), new TimeOnly(17, 0), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], "Europe/Paris");

    /// <summary>The people of the seeded pairs: mentee 2i and mentor 2i+1 form pair i.</summary>
    public static IReadOnlyList<Person> PairedPeople(int pairs) => [.. Enumerable.Range(0, 2 * pairs).Select(i => Person.Numbered(Tenant, Paired, i))];

    public static async Task SeedAsync(string databasePath, int pairs, TimeProvider time, CancellationToken cancellationToken)
    {
        var store = new SqliteEntityStore(databasePath, time);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await new ProgrammeStore(store).SaveAsync(new Programme
        {
            Id = ProgrammeId,
            Name = "Load test mentoring",
            TenantId = Tenant,
            Leads = [Person.Numbered(Tenant, 0, 0).ObjectId],
            StartDate = today.AddDays(-30),
            EndDate = today.AddDays(180),
            SkillsCatalogue = ["Data engineering", "Leadership", "Public speaking", "Product management"],
        }, null, cancellationToken);

        var participants = new ParticipantStore(store);
        var pairStore = new PairStore(store);
        var people = PairedPeople(pairs);
        for (var i = 0; i < pairs; i++)
        {
            var (mentee, mentor) = (people[2 * i], people[(2 * i) + 1]);
            await participants.SaveAsync(Participant(mentee, Role.Mentee, now.AddDays(-30)), cancellationToken);
            await participants.SaveAsync(Participant(mentor, Role.Mentor, now.AddDays(-30)), cancellationToken);
            var matched = now.AddDays(-3);
            await pairStore.SaveAsync(new Pair
            {
                Id = Pair.IdFor(mentee.ObjectId, mentor.ObjectId),
                ProgrammeId = ProgrammeId,
                MenteeTenantId = Tenant,
                MenteeId = mentee.ObjectId,
                MentorTenantId = Tenant,
                MentorId = mentor.ObjectId,
                Status = PairStatus.Active,
                ScorePercent = 80,
                ProposedAt = matched,
                OfferedAt = matched,
                AcceptedAt = matched,
            }, null, cancellationToken);
        }
    }

    private static Participant Participant(Person person, Role role, DateTimeOffset joined) => new()
    {
        TenantId = Tenant,
        UserObjectId = person.ObjectId,
        ProgrammeId = ProgrammeId,
        Role = role,
        DisplayName = person.Name,
        Goals = ["Lead a cross-team project", "Speak at a conference"],
        Skills = ["Data engineering"],
        WorkingHours = OfficeHours,
        Capacity = role == Role.Mentor ? 2 : null,
        JoinedAt = joined,
    };
}
