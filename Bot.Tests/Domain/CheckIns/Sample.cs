using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.CheckIns;

/// <summary>A programme, an active pair, its two people and check-ins for them, for the check-in and health tests.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Started = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public static Programme Programme { get; } = new()
    {
        Id = "p-1",
        Name = "Data mentoring",
        TenantId = "t",
        Leads = ["lead"],
        StartDate = new DateOnly(2027, 1, 1),
        EndDate = new DateOnly(2027, 12, 31),
    };

    public static Pair Pair { get; } = new()
    {
        Id = Pair.IdFor("mentee", "mentor"),
        ProgrammeId = "p-1",
        MenteeTenantId = "t",
        MenteeId = "mentee",
        MentorTenantId = "t",
        MentorId = "mentor",
        Status = PairStatus.Active,
        AcceptedAt = Started,
    };

    public static Participant Mentee { get; } = Person("mentee", Role.Mentee, "Europe/Paris") with { Goals = ["Speak at a conference", "Learn SQL"] };

    public static Participant Mentor { get; } = Person("mentor", Role.Mentor, "America/New_York") with { Goals = ["Grow as a leader"] };

    public static Participant Person(string id, Role role, string timeZone) => new()
    {
        TenantId = "t",
        UserObjectId = id,
        ProgrammeId = "p-1",
        Role = role,
        WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, timeZone),
    };

    public static CheckIn CheckIn(Participant person, DateTimeOffset sentAt, string? period = null) => new()
    {
        ProgrammeId = "p-1",
        PairId = Pair.Id,
        TenantId = person.TenantId,
        UserObjectId = person.UserObjectId,
        Role = person.Role,
        Period = period ?? CheckInPeriod.Every(sentAt),
        DueAt = sentAt,
        SentAt = sentAt,
        Goals = GoalRef.ListOf(person.Goals),
        AsksFit = true,
    };

    public static CheckInAnswer Answer(Met met = Met.Yes, int? usefulness = 4, GoalProgress progress = GoalProgress.Some, CheckIn? about = null, Fit? fit = null) =>
        new(met, met == Met.Yes ? usefulness : null, about is null ? [] : [.. about.Goals.Select(g => new GoalAnswer(g.Id, progress))], Fit: fit);

    public static CheckIn Answered(this CheckIn checkIn, DateTimeOffset at, Met met = Met.Yes, int? usefulness = 4, GoalProgress progress = GoalProgress.Some, Fit? fit = null) =>
        checkIn.WithAnswer(Answer(met, usefulness, progress, checkIn, fit), at);
}
