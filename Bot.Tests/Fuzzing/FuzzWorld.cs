using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// What the fuzzer attacks, in the real host's store (the idea of <c>AccessWorld</c>, on the loopback host): a
/// lead-approves programme with its lead, an active pair, an offer, two proposals and people still unmatched; a
/// mentee-chooses programme with a mentee choosing; and another organisation's programme with its own lead and pair.
/// Live pairs are saved through <see cref="PairStore.InsertLiveAsync"/>, so their reservation rows exist as in production.
/// Senders are the members, a stranger of the same organisation, people of the other one (one with a member's object id),
/// and someone without identity.
/// </summary>
public sealed class FuzzWorld
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenant = "0f0f0f0f-1111-2222-3333-444444444444";
    public const string LeadObjectId = "1ead0000-0000-4000-8000-00000000f022";
    public const string ForeignLeadObjectId = "f0e10000-0000-4000-8000-00000000f022";

    private readonly IServiceProvider _services;

    private FuzzWorld(IServiceProvider services) => _services = services;

    public List<FuzzSender> Senders { get; } = [];

    /// <summary>Ids a forged payload may point at: every programme, pair and person here, including the other organisation's.</summary>
    public List<string> ProgrammeIds { get; } = [];

    public List<string> PairIds { get; } = [];

    public List<string> PersonIds { get; } = [];

    public string ProgrammeVersion { get; private set; } = string.Empty;

    public static async Task<FuzzWorld> CreateAsync(IServiceProvider services)
    {
        var world = new FuzzWorld(services);
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var lead = new FuzzSender("lead", TeamsUser.New(Tenant) with { ObjectId = LeadObjectId });
        var foreignLead = new FuzzSender("foreign lead", TeamsUser.New(OtherTenant) with { ObjectId = ForeignLeadObjectId });
        var mentee = Person("mentee", Tenant);
        var mentor = Person("mentor", Tenant, "fr-FR");
        var offeredMentee = Person("offered mentee", Tenant);
        var offeredMentor = Person("offered mentor", Tenant);
        var proposed = new[] { Person("proposed mentee", Tenant), Person("proposed mentee 2", Tenant, "fr-FR"), Person("proposed mentor", Tenant), Person("proposed mentor 2", Tenant) };
        var unmatched = Person("unmatched mentee", Tenant);
        var spareMentor = Person("spare mentor", Tenant);
        var chooser = Person("choosing mentee", Tenant, "fr-FR");
        var foreignMentee = Person("foreign mentee", OtherTenant);
        var foreignMentor = Person("foreign mentor", OtherTenant);

        var main = await ProgrammeAsync("Data mentoring", Tenant, LeadObjectId, MatchingMode.LeadApproves);
        ProgrammeVersion = (await Get<ProgrammeStore>().GetVersionedAsync(main.Id, default))!.Value.Version;
        foreach (var (user, role) in new[] { (mentee, Role.Mentee), (mentor, Role.Mentor), (offeredMentee, Role.Mentee), (offeredMentor, Role.Mentor), (proposed[0], Role.Mentee), (proposed[1], Role.Mentee), (proposed[2], Role.Mentor), (proposed[3], Role.Mentor), (unmatched, Role.Mentee), (spareMentor, Role.Mentor) })
            await JoinAsync(main, user.User, role);
        await PairAsync(main, mentee.User, mentor.User, PairStatus.Active, now);
        await PairAsync(main, offeredMentee.User, offeredMentor.User, PairStatus.Offered, now);
        await PairAsync(main, proposed[0].User, proposed[2].User, PairStatus.Proposed, now);
        await PairAsync(main, proposed[1].User, proposed[3].User, PairStatus.Proposed, now);

        var choosing = await ProgrammeAsync("Leadership circle", Tenant, LeadObjectId, MatchingMode.MenteeChooses);
        await JoinAsync(choosing, chooser.User, Role.Mentee);
        await JoinAsync(choosing, spareMentor.User, Role.Mentor);
        await JoinAsync(choosing, mentor.User, Role.Mentor);

        var foreign = await ProgrammeAsync("Fabrikam mentoring", OtherTenant, ForeignLeadObjectId, MatchingMode.Automatic);
        await JoinAsync(foreign, foreignMentee.User, Role.Mentee);
        await JoinAsync(foreign, foreignMentor.User, Role.Mentor);
        await PairAsync(foreign, foreignMentee.User, foreignMentor.User, PairStatus.Active, now);

        var outsider = Person("outsider", Tenant);
        var twin = new FuzzSender("mentee's twin in the other tenant", TeamsUser.New(OtherTenant) with { ObjectId = mentee.User.ObjectId });
        var nobody = new FuzzSender("nobody (no Entra id)", TeamsUser.New(Tenant), HasIdentity: false);
        Senders.AddRange([lead, mentee, mentor, offeredMentee, offeredMentor, .. proposed, unmatched, spareMentor, chooser, outsider, foreignLead, foreignMentee, foreignMentor, twin, nobody]);
        PersonIds.AddRange(Senders.Select(s => s.User.ObjectId).Distinct());
    }

    private static FuzzSender Person(string role, string tenant, string locale = "en-US") => new(role, TeamsUser.New(tenant, locale));

    private T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    private async Task<Programme> ProgrammeAsync(string name, string tenant, string lead, MatchingMode matching)
    {
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = name,
            TenantId = tenant,
            Leads = [lead],
            StartDate = new DateOnly(2026, 12, 1),
            EndDate = new DateOnly(2027, 6, 30),
            SkillsCatalogue = ["Data engineering", "Public speaking", "Negotiation"],
            Matching = matching,
        };
        await Get<ProgrammeStore>().SaveAsync(programme, null, default);
        ProgrammeIds.Add(programme.Id);
        return programme;
    }

    private Task JoinAsync(Programme programme, TeamsUser user, Role role) =>
        Get<ParticipantStore>().SaveAsync(
            new Participant
            {
                TenantId = user.TenantId,
                UserObjectId = user.ObjectId,
                ProgrammeId = programme.Id,
                Role = role,
                DisplayName = "Person " + user.ObjectId[..4],
                Department = "Data",
                Seniority = Seniority.Experienced,
                Baseline = new SelfAssessment(3, 3, 3, role == Role.Mentor ? 4 : null),
                Goals = ["Grow in data engineering"],
                Skills = ["Data engineering"],
                Languages = ["en", "fr"],
                Capacity = role == Role.Mentor ? 2 : null,
                WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris"),
                JoinedAt = DateTimeOffset.UtcNow,
            },
            default);

    private async Task PairAsync(Programme programme, TeamsUser mentee, TeamsUser mentor, PairStatus status, DateTimeOffset now)
    {
        var pair = SeededPairs.In(programme.Id, (mentee.TenantId, mentee.ObjectId), (mentor.TenantId, mentor.ObjectId), status, now);
        var placement = await Get<PairStore>().InsertLiveAsync(pair, mentorCapacity: 2, default);
        if (placement != Placement.Allowed)
            throw new InvalidOperationException($"The fuzz world's pair {pair.Id} was refused: {placement}.");
        PairIds.Add(pair.Id);
    }
}
