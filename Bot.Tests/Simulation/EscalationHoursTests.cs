using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// A lead who is not in the programme gets escalations in their own working hours when the directory (Graph's
/// mailbox settings in production) knows them, and in UTC business hours when it does not; the directory is asked
/// rarely, not at every run of the job.
/// </summary>
public sealed class EscalationHoursTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

    // Tokyo's working day is 00:00 to 08:00 in UTC: no moment of it is inside UTC business hours, so where the
    // escalation lands tells which hours were used.
    private static readonly WorkingHours Tokyo = new(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Asia/Tokyo");

    [Fact]
    public async Task ALeadKnownToTheDirectory_IsEscalatedToInTheirOwnWorkingHours_AndTheDirectoryIsAskedRarely()
    {
        var directory = new ScriptedDirectory(new DirectoryProfile(null, null, null, Tokyo.TimeZone, Tokyo.Start, Tokyo.End, Tokyo.Days, null));
        var (at, runs) = await FirstEscalationAsync(directory);

        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(Tokyo.TimeZone));
        Assert.True(Tokyo.Days.Contains(local.DayOfWeek) && local.TimeOfDay >= Tokyo.Start.ToTimeSpan() && local.TimeOfDay < Tokyo.End.ToTimeSpan(), $"escalated at {local:O} in Tokyo");
        Assert.InRange(directory.Calls, 1, 1 + (int)(runs * ProgrammeSimulation.JobInterval / LeadHours.Remembered));
    }

    [Fact]
    public async Task ALeadTheDirectoryDoesNotKnow_IsEscalatedToInUtcBusinessHours()
    {
        var (at, _) = await FirstEscalationAsync(new ScriptedDirectory(null));

        Assert.True(ExpectedNudges.LeadIsWorking(at), $"escalated at {at:O}");
    }

    // One silent pair (the simulation's third), run until the lead is escalated to.
    private static async Task<(DateTimeOffset At, int Runs)> FirstEscalationAsync(IDirectory directory)
    {
        await using var simulation = new ProgrammeSimulation(Start, services => services.AddSingleton(directory));
        await simulation.SeedAsync(pairs: 3);
        var runs = 0;
        while (simulation.Delivered("escalation").Count == 0)
        {
            Assert.True(simulation.Clock.GetUtcNow() < Start.AddDays(60), "no escalation in 60 days");
            await simulation.StepAsync();
            runs++;
        }

        var (message, at) = Assert.Single(simulation.Delivered("escalation"));
        Assert.Equal(simulation.Programme.Leads[0], message.UserObjectId);
        return (at, runs);
    }

    private sealed class ScriptedDirectory(DirectoryProfile? lead) : IDirectory
    {
        private int _calls;

        public int Calls => _calls;

        public Task<DirectoryProfile?> FindAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(userObjectId == "lead" ? lead : null);
        }
    }
}
