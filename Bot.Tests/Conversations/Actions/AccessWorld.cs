using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations.Actions;

/// <summary>
/// One programme with people in every position a card press can come from: its lead, an active pair, an offer,
/// two proposals, a mentee choosing, someone of the same organisation outside it, and people of another
/// organisation (one with the same object id as a member, one an organisation lead there).
/// </summary>
public sealed class AccessWorld : IAsyncDisposable
{
    public const string OtherTenant = "0f0f0f0f-1111-2222-3333-444444444444";

    private AccessWorld(BotHarness bot) => Bot = bot;

    public BotHarness Bot { get; }

    public RecordingMessenger Messenger { get; private init; } = new();

    public TeamsUser Lead { get; private init; } = TeamsUser.Create("Lena Lead");

    /// <summary>An organisation lead (may create programmes) of another tenant.</summary>
    public TeamsUser ForeignLead { get; private init; } = TeamsUser.Create("Fiona Foreign lead") with { TenantId = OtherTenant };

    public TeamsUser Mentee { get; } = TeamsUser.Create("Ada Mentee");

    public TeamsUser Mentor { get; } = TeamsUser.Create("Max Mentor");

    /// <summary>The mentee of the offered pair.</summary>
    public TeamsUser OfferedMentee { get; } = TeamsUser.Create("Bea Offered");

    public TeamsUser OfferedMentor { get; } = TeamsUser.Create("Nils Offered mentor");

    public TeamsUser Chooser { get; } = TeamsUser.Create("Eve Choosing");

    public TeamsUser Outsider { get; } = TeamsUser.Create("Otto Outsider");

    public TeamsUser Nobody { get; } = new(string.Empty, "No Entra account");

    public Programme Programme { get; private set; } = null!;

    public string ProgrammeVersion { get; private set; } = string.Empty;

    public Pair ActivePair { get; private set; } = null!;

    public Pair Offer { get; private set; } = null!;

    public Pair FirstProposal { get; private set; } = null!;

    public Pair SecondProposal { get; private set; } = null!;

    public IEntityStore Store => Bot.Services.GetRequiredService<IEntityStore>();

    /// <summary>Someone with the same Entra object id as <paramref name="user"/> in another tenant: the id means nothing there.</summary>
    public static TeamsUser TwinElsewhere(TeamsUser user) => user with { Name = user.Name + " (elsewhere)", TenantId = OtherTenant };

    public static async Task<AccessWorld> CreateAsync()
    {
        var messenger = new RecordingMessenger();
        var lead = TeamsUser.Create("Lena Lead");
        var foreignLead = TeamsUser.Create("Fiona Foreign lead") with { TenantId = OtherTenant };
        var bot = new BotHarness(
            new Dictionary<string, string> { ["MentorBot:Leads:0"] = lead.ObjectId, ["MentorBot:Leads:1"] = $"{OtherTenant}/{foreignLead.ObjectId}", ["MentorBot:LeadsTenantId"] = BotHarness.Tenant },
            services => services.AddSingleton<IMessenger>(messenger));
        var world = new AccessWorld(bot) { Messenger = messenger, Lead = lead, ForeignLead = foreignLead };
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        Programme = await Bot.SeedProgrammeAsync("Data mentoring", Lead.ObjectId);
        ProgrammeVersion = (await Bot.Services.GetRequiredService<ProgrammeStore>().GetVersionedAsync(Programme.Id, default))!.Value.Version;
        var mentors = new[] { Mentor, OfferedMentor };
        foreach (var person in new[] { Mentee, Mentor, OfferedMentee, OfferedMentor, Chooser })
            await JoinAsync(person, mentors.Contains(person) ? Role.Mentor : Role.Mentee);
        var proposalMentees = new[] { TeamsUser.Create("Cleo"), TeamsUser.Create("Dan") };
        var proposalMentors = new[] { TeamsUser.Create("Kai"), TeamsUser.Create("Jo") };
        foreach (var person in proposalMentees)
            await JoinAsync(person, Role.Mentee);
        foreach (var person in proposalMentors)
            await JoinAsync(person, Role.Mentor);

        var now = DateTimeOffset.UtcNow;
        ActivePair = await SavePairAsync(Mentee, Mentor, PairStatus.Active, now);
        Offer = await SavePairAsync(OfferedMentee, OfferedMentor, PairStatus.Offered, now);
        FirstProposal = await SavePairAsync(proposalMentees[0], proposalMentors[0], PairStatus.Proposed, now);
        SecondProposal = await SavePairAsync(proposalMentees[1], proposalMentors[1], PairStatus.Proposed, now);
    }

    private Task JoinAsync(TeamsUser user, Role role) =>
        Bot.Services.GetRequiredService<ParticipantStore>().SaveAsync(
            new Participant
            {
                TenantId = user.TenantId,
                UserObjectId = user.ObjectId,
                ProgrammeId = Programme.Id,
                Role = role,
                DisplayName = user.Name,
                Department = "Data",
                Goals = ["Grow in data engineering"],
                Skills = ["Data engineering"],
                Languages = ["en"],
                Capacity = role == Role.Mentor ? 2 : null,
                WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris"),
                JoinedAt = DateTimeOffset.UtcNow,
            },
            default);

    private async Task<Pair> SavePairAsync(TeamsUser mentee, TeamsUser mentor, PairStatus status, DateTimeOffset now)
    {
        var pair = SeededPairs.In(Programme.Id, (mentee.TenantId, mentee.ObjectId), (mentor.TenantId, mentor.ObjectId), status, now);
        await Bot.Services.GetRequiredService<PairStore>().SaveAsync(pair, null, default);
        return pair;
    }

    /// <summary>
    /// Every stored entity except the ones a turn refreshes whoever sends it (the sender's conversation reference and
    /// bot state): what a refused press must leave exactly as it was.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in await Store.ListTablesAsync(default))
        {
            if (table is "conversationrefs" or "botstate")
                continue;
            await foreach (var entity in Store.Table(table).ScanAsync(default))
                all[$"{table}|{entity.PartitionKey}|{entity.RowKey}"] = entity.Body;
        }

        return all;
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
