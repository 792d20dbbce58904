using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>Mentees, mentors and programmes for matching tests: complete profiles that a test changes one part of.</summary>
internal static class People
{
    /// <summary>A Monday in January 2026: no clock changes anywhere near it.</summary>
    public static readonly DateOnly January = new(2026, 1, 12);

    public static Programme Programme(ProgrammeType type = ProgrammeType.OneToOne, MatchingWeights? weights = null, int defaultCapacity = 2) => new()
    {
        Id = "p1",
        Name = "Data mentoring 2026",
        Type = type,
        StartDate = new DateOnly(2026, 1, 5),
        EndDate = new DateOnly(2026, 12, 18),
        TenantId = "8f1c1c1e-4a5b-4c11-9b1a-0d5e2c3b4a10",
        Leads = ["lead-1"],
        DefaultMentorCapacity = defaultCapacity,
        Weights = weights ?? MatchingWeights.Default,
    };

    public static WorkingHours NineToFive(string zone, params DayOfWeek[] days) =>
        new(new TimeOnly(9, 0), new TimeOnly(17, 0), days.Length == 0 ? WorkingHours.WeekDays : days, zone);

    public static Participant Mentee(string id = "mentee-1") => new()
    {
        TenantId = "t",
        UserObjectId = id,
        ProgrammeId = "p1",
        Role = Role.Mentee,
        DisplayName = id,
        Department = "Data platform",
        JobTitle = "Data analyst",
        Seniority = Seniority.EarlyCareer,
        Goals = ["Move into data engineering within a year"],
        Skills = ["Data engineering", "Python", "Public speaking"],
        Languages = ["en", "fr"],
        WorkingHours = NineToFive("Europe/Paris"),
    };

    public static Participant Mentor(string id = "mentor-1") => new()
    {
        TenantId = "t",
        UserObjectId = id,
        ProgrammeId = "p1",
        Role = Role.Mentor,
        DisplayName = id,
        Department = "Data platform",
        JobTitle = "Principal data engineer",
        Seniority = Seniority.Lead,
        Goals = ["Practise coaching"],
        Skills = ["data-engineering", "PYTHON", "Kubernetes"],
        Languages = ["fr-FR"],
        WorkingHours = NineToFive("Europe/Paris"),
        Capacity = 2,
    };

    public static MatchScore Explain(Participant mentee, Participant mentor, ProgrammeType type = ProgrammeType.OneToOne, DateOnly? week = null, MatchingWeights? weights = null) =>
        MatchScorer.Explain(Programme(type, weights), mentee, mentor, week ?? January);
}
