using MentorBot.Demo;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations;
using MentorBot.Tests.Infrastructure;
using TeamsUser = MentorBot.Tests.Conversations.TeamsUser;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Hosting;

/// <summary>
/// tools/run.sh's demo programme: seeded at start when MentorBot:DemoTenantId is set, matchable by any mentor who
/// offers one of its skills, never re-seeded over the newcomer's changes, and absent from real deployments.
/// </summary>
public sealed class DemoProgrammeTests
{
    private static readonly TeamsUser Lead = TeamsUser.Create("Lead");

    [Fact]
    public async Task WithADemoTenant_TheLeadFindsThreeMenteesWaiting_AndMatchProposesThemToANewMentor()
    {
        await using var bot = new BotHarness(new Dictionary<string, string> { ["MentorBot:DemoTenantId"] = BotHarness.Tenant, ["MentorBot:Leads:0"] = Lead.ObjectId });
        var mentor = TeamsUser.Create("Newcomer");
        await bot.Services.GetRequiredService<ParticipantStore>().SaveAsync(
            new Participant
            {
                TenantId = mentor.TenantId,
                UserObjectId = mentor.ObjectId,
                ProgrammeId = DemoProgramme.ProgrammeId,
                Role = Role.Mentor,
                DisplayName = mentor.Name,
                Skills = ["Public speaking"],
                Capacity = 2,
                WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(18, 0), WorkingHours.WeekDays, "UTC"),
                JoinedAt = DateTimeOffset.UtcNow,
            },
            default);

        var card = (await bot.SendAsync(Lead, "match")).LastCard().ToString();

        // The mentor's two places go to two of the three seeded mentees.
        Assert.Contains("Demo: data mentoring", card);
        Assert.Contains("Newcomer", card);
        Assert.Equal(2, new[] { "Ada Lovelace", "Bruno Marchand", "Chiara Rossi" }.Count(name => card.Contains(name, StringComparison.Ordinal)));
        Assert.Contains("Public speaking", card);
    }

    [Fact]
    public async Task TheDemoProgramme_IsSeededOnce_AndALeadsChangesSurviveARestart()
    {
        // A second host on the first one's data folder starts as a restart would (the first must stay alive: its
        // disposal deletes the folder).
        await using var first = new MentorBotApp(new Dictionary<string, string?> { ["MentorBot:DemoTenantId"] = BotHarness.Tenant, ["MentorBot:Leads:0"] = Lead.ObjectId });
        var settings = new Dictionary<string, string?> { ["MentorBot:DataFolder"] = first.DataFolder, ["MentorBot:DemoTenantId"] = BotHarness.Tenant, ["MentorBot:Leads:0"] = Lead.ObjectId };
        var store = first.Services.GetRequiredService<ProgrammeStore>();
        var (programme, version) = (await store.GetVersionedAsync(DemoProgramme.ProgrammeId, default))!.Value;
        Assert.Equal([Lead.ObjectId], programme.Leads);
        Assert.Equal(3, (await first.Services.GetRequiredService<ParticipantStore>().InProgrammeAsync(programme.Id, default)).Count);
        await store.SaveAsync(programme with { Name = "Renamed by the lead" }, version, default);

        await using var second = new MentorBotApp(settings);

        Assert.Equal("Renamed by the lead", (await second.Services.GetRequiredService<ProgrammeStore>().GetAsync(DemoProgramme.ProgrammeId, default))!.Name);
    }

    [Fact]
    public async Task WithoutADemoTenant_NoDemoProgrammeIsSeeded()
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?> { ["MentorBot:Leads:0"] = Lead.ObjectId });

        Assert.Null(await app.Services.GetRequiredService<ProgrammeStore>().GetAsync(DemoProgramme.ProgrammeId, default));
    }
}
