using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Demo;

/// <summary>
/// On a laptop with one Playground user there is nobody to be matched with. When MentorBot:DemoTenantId is set
/// (tools/run.sh sets it to the Playground's tenant), this seeds an open programme led by the configured leads with
/// three mentees waiting for a mentor, so a newcomer can join it as a mentor, run match, approve, accept and find a
/// time. Seeded once: a programme already there (the newcomer's changes included) is left alone.
/// </summary>
public sealed partial class DemoProgramme(ProgrammeStore programmes, ParticipantStore participants, IOptions<MentorBotOptions> options, TimeProvider time, ILogger<DemoProgramme> logger) : IHostedService
{
    public const string ProgrammeId = "demo-data-mentoring";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.DemoTenantId))
            return;
        if (settings.Leads.Count == 0)
        {
            LogNoLead(logger);
            return;
        }

        if (await programmes.GetAsync(ProgrammeId, cancellationToken) is not null)
            return;

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var programme = new Programme
        {
            Id = ProgrammeId,
            Name = "Demo: data mentoring",
            TenantId = settings.DemoTenantId,
            Leads = [.. settings.Leads],
            StartDate = today,
            EndDate = today.AddMonths(6),
            SkillsCatalogue = ["Data engineering", "Public speaking", "Negotiation"],
            Status = ProgrammeStatus.Open,
        };
        foreach (var mentee in Mentees(programme, time.GetUtcNow()))
            await participants.SaveAsync(mentee, cancellationToken);
        await programmes.SaveAsync(programme, null, cancellationToken);
        LogSeeded(logger, programme.Name, settings.DemoTenantId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Early-career people in European time zones who want the catalogue's skills: any mentor who offers one fits.
    private static IEnumerable<Participant> Mentees(Programme programme, DateTimeOffset now) =>
        new[] { ("Ada Lovelace", "Europe/London", "Analytics"), ("Bruno Marchand", "Europe/Paris", "Finance"), ("Chiara Rossi", "Europe/Rome", "Operations") }
            .Select((person, index) => new Participant
            {
                TenantId = programme.TenantId,
                UserObjectId = $"00000000-0000-4000-8000-00000000d0{index + 1:D2}",
                ProgrammeId = programme.Id,
                Role = Role.Mentee,
                DisplayName = person.Item1,
                Department = person.Item3,
                JobTitle = "Analyst",
                Seniority = Seniority.EarlyCareer,
                Goals = ["Build reliable data pipelines", "Present results with confidence"],
                Skills = ["Data engineering", "Public speaking"],
                Languages = ["en", "fr"],
                WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, person.Item2),
                Baseline = new SelfAssessment(2, 2, 3),
                JoinedAt = now,
            });

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo programme '{Name}' with three mentees in tenant {TenantId}: join it as a mentor, then type match")]
    private static partial void LogSeeded(ILogger logger, string name, string tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MentorBot:DemoTenantId is set but MentorBot:Leads is empty: no demo programme, as nobody could run its matching")]
    private static partial void LogNoLead(ILogger logger);
}
