using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Benchmarks;

/// <summary>
/// A large company's programme, generated from a seed: departments of unequal size, mentees skewed junior and
/// mentors senior, skills from a catalogue of 50 with a few popular ones, 1–3 languages that follow the office,
/// offices in 13 time zones weighted as a global company's would be, and some history (earlier pairs, busy mentors).
/// </summary>
internal sealed class ProfileGenerator(int seed)
{
    private static readonly (string Name, int Weight)[] Departments =
    [
        ("Engineering", 20), ("Data", 8), ("Product", 6), ("Design", 3), ("Sales", 14), ("Marketing", 6), ("Finance", 7),
        ("HR", 4), ("Legal", 2), ("Operations", 9), ("Customer Success", 9), ("IT", 5), ("Research", 3), ("Supply Chain", 4),
    ];

    private static readonly string[] Skills =
    [
        "Python", "Data engineering", "Machine learning", "Cloud architecture", "Kubernetes", "Security", "Frontend development",
        "Backend development", "Testing", "DevOps", "SQL", "Data visualisation", "Statistics", "Product management",
        "User research", "UX design", "Public speaking", "Negotiation", "Leadership", "People management", "Coaching",
        "Project management", "Agile delivery", "Stakeholder management", "Strategy", "Budgeting", "Financial modelling",
        "Accounting", "Procurement", "Logistics", "Sales", "Account management", "Marketing", "Content writing",
        "Brand", "Customer success", "Legal drafting", "Compliance", "Recruiting", "Diversity and inclusion",
        "Change management", "Career development", "Networking", "Time management", "Writing", "Presenting to executives",
        "Mentoring", "Innovation", "Operations", "Excel",
    ];

    private static readonly (string Zone, string Language, int Weight)[] Offices =
    [
        ("Europe/London", "en", 15), ("Europe/Paris", "fr", 15), ("Europe/Berlin", "de", 10), ("Europe/Madrid", "es", 3),
        ("America/New_York", "en", 15), ("America/Chicago", "en", 5), ("America/Los_Angeles", "en", 8),
        ("America/Sao_Paulo", "pt", 4), ("America/St_Johns", "en", 1), ("Asia/Kolkata", "hi", 12), ("Asia/Singapore", "en", 5),
        ("Asia/Tokyo", "ja", 3), ("Australia/Sydney", "en", 4),
    ];

    private static readonly string[] GoalTemplates =
    [
        "Get better at {0}", "Lead a {0} project end to end", "Move into a role with more {0}", "Learn {0} from someone who does it daily",
        "Prepare for promotion", "Build my network outside my team", "Find my next step",
    ];

    private static readonly string[] SecondLanguages = ["fr", "es", "de", "pt"];

    private readonly Random random = new(seed);

    public MatchingRound Round(int mentees, int mentors, DateOnly referenceDate)
    {
        var menteeList = Enumerable.Range(0, mentees).Select(i => Person($"mentee-{i:D5}", Role.Mentee)).ToList();
        var mentorList = Enumerable.Range(0, mentors).Select(i => Person($"mentor-{i:D5}", Role.Mentor)).ToList();
        var previous = Enumerable.Range(0, mentees / 2)
            .Select(_ => new PairKey(menteeList[random.Next(mentees)].UserObjectId, mentorList[random.Next(mentors)].UserObjectId))
            .Distinct()
            .ToList();
        var loads = mentorList.Where(_ => random.Next(10) == 0).ToDictionary(m => m.UserObjectId, _ => 1);
        return new MatchingRound
        {
            Programme = Programme(),
            Mentees = menteeList,
            Mentors = mentorList,
            ReferenceDate = referenceDate,
            PreviousPairs = previous,
            CurrentLoads = loads,
            Seed = seed,
        };
    }

    private static Programme Programme() => new()
    {
        Id = "benchmark",
        Name = "Global mentoring",
        StartDate = new DateOnly(2026, 3, 2),
        EndDate = new DateOnly(2026, 12, 18),
        TenantId = "8f1c1c1e-4a5b-4c11-9b1a-0d5e2c3b4a10",
        Leads = ["lead"],
    };

    private Participant Person(string id, Role role)
    {
        var office = Pick(Offices, o => o.Weight);
        var wanted = Distinct(role == Role.Mentee ? random.Next(1, 4) : random.Next(2, 6), PopularSkill);
        var start = new TimeOnly(8, 0).AddMinutes(30 * random.Next(5));
        return new Participant
        {
            TenantId = "t",
            UserObjectId = id,
            ProgrammeId = "benchmark",
            Role = role,
            Department = Pick(Departments, d => d.Weight).Name,
            Seniority = role == Role.Mentee ? Pick([(Seniority.EarlyCareer, 35), (Seniority.Experienced, 40), (Seniority.Senior, 20), (Seniority.Lead, 5)], s => s.Item2).Item1
                : Pick([(Seniority.Experienced, 10), (Seniority.Senior, 35), (Seniority.Lead, 35), (Seniority.Executive, 20)], s => s.Item2).Item1,
            Goals = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, GoalTemplates[random.Next(GoalTemplates.Length)], PopularSkill().ToLowerInvariant()))],
            Skills = wanted,
            DepartmentPreference = Pick([(DepartmentPreference.NoPreference, 60), (DepartmentPreference.Same, 20), (DepartmentPreference.Other, 20)], p => p.Item2).Item1,
            Languages = Languages(office.Language),
            WorkingHours = new WorkingHours(start, start.AddHours(8 + random.Next(2)), random.Next(10) == 0 ? [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday] : WorkingHours.WeekDays, office.Zone),
            Capacity = role == Role.Mentor ? random.Next(1, 6) : null,
            Status = random.Next(33) == 0 ? ParticipantStatus.Paused : ParticipantStatus.Active,
        };
    }

    // Local language first; most also speak English; a few a third language.
    private IReadOnlyList<string> Languages(string local)
    {
        var languages = new List<string> { local };
        if (local != "en" && random.Next(10) < 8)
            languages.Add("en");
        if (random.Next(5) == 0)
            languages.Add(SecondLanguages[random.Next(SecondLanguages.Length)]);
        return [.. languages.Distinct()];
    }

    // Zipf-like: the first skills of the catalogue are asked for far more often than the last.
    private string PopularSkill() => Skills[(int)(Skills.Length * Math.Pow(random.NextDouble(), 1.8))];

    private static List<string> Distinct(int count, Func<string> next)
    {
        var set = new List<string>();
        while (set.Count < count)
        {
            var item = next();
            if (!set.Contains(item))
                set.Add(item);
        }

        return set;
    }

    private T Pick<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
                return item;
        }

        return items[^1];
    }
}
