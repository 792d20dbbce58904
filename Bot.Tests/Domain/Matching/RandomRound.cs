using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>
/// A small random round from a seed: few skills, departments, languages and zones so that pairs tie and clash often,
/// some people paused, some earlier pairs, some mentors partly taken. Properties are checked over many of these.
/// </summary>
public sealed record RandomRound(int Seed, int Mentees, int Mentors, bool Reverse)
{
    private static readonly string[] Skills = ["Python", "Data engineering", "Public speaking", "Leadership", "Negotiation", "UX research"];
    private static readonly string[] Departments = ["Data", "Sales", "Finance"];
    private static readonly string[] Languages = ["en", "fr", "de"];
    private static readonly string[] Zones = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Europe/London"];

    public override string ToString() => $"RandomRound(seed {Seed}, {Mentees} mentees × {Mentors} mentors{(Reverse ? ", reverse" : string.Empty)})";

    public MatchingRound Build()
    {
        var random = new Random(Seed);
        var mentees = Enumerable.Range(0, Mentees).Select(i => Person(random, $"mentee-{i}", Role.Mentee)).ToList();
        var mentors = Enumerable.Range(0, Mentors).Select(i => Person(random, $"mentor-{i}", Role.Mentor) with { Capacity = random.Next(1, 3) }).ToList();
        var previous = mentees.SelectMany(a => mentors.Where(_ => random.Next(6) == 0).Select(b => new PairKey(a.UserObjectId, b.UserObjectId))).ToList();
        var declined = mentees.SelectMany(a => mentors.Where(_ => random.Next(10) == 0).Select(b => new PairKey(a.UserObjectId, b.UserObjectId))).ToList();
        var loads = mentors.Where(_ => random.Next(4) == 0).ToDictionary(b => b.UserObjectId, _ => 1);
        return new MatchingRound
        {
            Programme = People.Programme(Reverse ? ProgrammeType.Reverse : ProgrammeType.OneToOne, MatchingWeights.Default with { MinimumPercent = random.Next(20, 60) }),
            Mentees = mentees,
            Mentors = mentors,
            ReferenceDate = new DateOnly(2026, 1, 5).AddDays(random.Next(365)),
            PreviousPairs = previous,
            DeclinedPairs = declined,
            CurrentLoads = loads,
            Seed = Seed,
        };
    }

    private static Participant Person(Random random, string id, Role role) => new()
    {
        TenantId = "t",
        UserObjectId = id,
        ProgrammeId = "p1",
        Role = role,
        Department = random.Next(8) == 0 ? null : Departments[random.Next(Departments.Length)],
        Seniority = random.Next(8) == 0 ? null : (Seniority)random.Next(5),
        Goals = [$"Get better at {Skills[random.Next(Skills.Length)]}"],
        Skills = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Skills[random.Next(Skills.Length)]).Distinct()],
        DepartmentPreference = (DepartmentPreference)random.Next(3),
        Languages = random.Next(6) == 0 ? [] : [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Languages[random.Next(Languages.Length)]).Distinct()],
        WorkingHours = random.Next(10) == 0 ? null : new WorkingHours(new TimeOnly(random.Next(7, 11), 0), new TimeOnly(random.Next(15, 19), 30), WorkingHours.WeekDays, Zones[random.Next(Zones.Length)]),
        Status = random.Next(10) == 0 ? ParticipantStatus.Paused : ParticipantStatus.Active,
    };
}
