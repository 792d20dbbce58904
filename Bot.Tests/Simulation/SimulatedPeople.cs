using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Simulation;

/// <summary>People in Paris, New York and Kolkata, each with the working hours and days usual there.</summary>
public static class SimulatedPeople
{
    public const string Tenant = "tenant-sim";

    private static readonly WorkingHours[] Hours =
    [
        new(new TimeOnly(9, 0), new TimeOnly(17, 30), WorkingHours.WeekDays, "Europe/Paris"),
        new(new TimeOnly(8, 0), new TimeOnly(16, 0), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], "America/New_York"),
        new(new TimeOnly(10, 0), new TimeOnly(18, 45), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], "Asia/Kolkata"),
    ];

    public static Participant Person(string programmeId, string id, Role role, int zone) => new()
    {
        TenantId = Tenant,
        UserObjectId = id,
        ProgrammeId = programmeId,
        Role = role,
        DisplayName = id,
        Goals = ["Lead a project", "Speak at a conference"],
        WorkingHours = Hours[zone % Hours.Length],
        Capacity = role == Role.Mentor ? 1 : null,
    };
}
