using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Benchmarks.Digest;

/// <summary>
/// One large programme, generated deterministically from a seed: <c>pairs</c> active pairs (mentors hold two each), a
/// year of fortnightly check-ins for both people of every pair (most answered, some met, usefulness 1–5), a baseline
/// for everyone and a mid-programme survey for most. What the digest reads, in memory, so its numbers can be computed
/// directly and compared.
/// </summary>
internal sealed record DigestSeed(Programme Programme, IReadOnlyList<Participant> Participants, IReadOnlyList<Pair> Pairs, IReadOnlyList<CheckIn> CheckIns, IReadOnlyList<Survey> Surveys, DateTimeOffset Now)
{
    public const string Tenant = "bench-tenant";

    public static DigestSeed Generate(int pairCount, int weeks, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        var start = now.AddDays(-7 * weeks);
        var programme = new Programme
        {
            Id = "digest-bench",
            Name = "Digest benchmark",
            TenantId = Tenant,
            Leads = ["bench-lead"],
            StartDate = DateOnly.FromDateTime(start.UtcDateTime),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(60)),
            CheckInEveryDays = 14,
        };

        var participants = new List<Participant>();
        var pairs = new List<Pair>();
        var checkIns = new List<CheckIn>();
        var surveys = new List<Survey>();
        var hours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], "Europe/Paris");
        var mentors = (pairCount + 1) / 2;
        for (var m = 0; m < mentors; m++)
            participants.Add(Person($"mentor-{m:D6}", Role.Mentor, $"Mentor {m}", hours, new SelfAssessment(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)), start, programme.Id));

        for (var i = 0; i < pairCount; i++)
        {
            var mentee = Person($"mentee-{i:D6}", Role.Mentee, $"Mentee {i}", hours, new SelfAssessment(random.Next(1, 5), random.Next(1, 5), random.Next(1, 5)), start, programme.Id);
            participants.Add(mentee);
            var mentor = participants[i / 2];
            var accepted = start.AddDays(random.Next(0, 28));
            var pair = new Pair
            {
                Id = $"{mentee.UserObjectId}~{mentor.UserObjectId}",
                ProgrammeId = programme.Id,
                MenteeTenantId = Tenant,
                MenteeId = mentee.UserObjectId,
                MentorTenantId = Tenant,
                MentorId = mentor.UserObjectId,
                Status = PairStatus.Active,
                ProposedAt = accepted.AddDays(-2),
                AcceptedAt = accepted,
            };
            pairs.Add(pair);

            // How engaged this pair is: most answer most check-ins, a few fade.
            var engagement = random.NextDouble();
            foreach (var person in new[] { mentee, mentor })
            {
                for (var sent = accepted.AddDays(14); sent < now; sent = sent.AddDays(14))
                {
                    var answered = random.NextDouble() < 0.3 + (0.65 * engagement);
                    checkIns.Add(new CheckIn
                    {
                        ProgrammeId = programme.Id,
                        PairId = pair.Id,
                        TenantId = Tenant,
                        UserObjectId = person.UserObjectId,
                        Role = person.Role,
                        Period = CheckInPeriod.Every(sent),
                        DueAt = sent,
                        SentAt = sent,
                        AnsweredAt = answered ? sent.AddHours(random.Next(1, 72)) : null,
                        Answer = answered ? new CheckInAnswer(random.NextDouble() < 0.7 ? Met.Yes : Met.NotYet, random.Next(1, 6), []) : null,
                    });
                }

                if (random.NextDouble() < 0.8)
                {
                    var survey = start.AddDays(7 * weeks / 2.0);
                    var before = person.Baseline!;
                    surveys.Add(new Survey
                    {
                        ProgrammeId = programme.Id,
                        PairId = pair.Id,
                        TenantId = Tenant,
                        UserObjectId = person.UserObjectId,
                        Role = person.Role,
                        Kind = SurveyKind.Mid,
                        DueAt = survey,
                        SentAt = survey,
                        Baseline = before,
                        AnsweredAt = survey.AddDays(1),
                        Answer = new SurveyAnswer(
                            new SelfAssessment(Step(before.Skills, random), Step(before.Opportunities, random), Step(before.Satisfaction, random), before.LeadershipConfidence is { } l ? Step(l, random) : null),
                            random.Next(1, 6),
                            random.Next(0, 11)),
                    });
                }
            }
        }

        return new DigestSeed(programme, participants, pairs, checkIns, surveys, now);
    }

    private static int Step(int value, Random random) => Math.Clamp(value + random.Next(-1, 3), 1, 5);

    private static Participant Person(string id, Role role, string name, WorkingHours hours, SelfAssessment baseline, DateTimeOffset joined, string programmeId) => new()
    {
        TenantId = Tenant,
        UserObjectId = id,
        ProgrammeId = programmeId,
        Role = role,
        DisplayName = name,
        Goals = role == Role.Mentee ? ["Lead a project"] : [],
        WorkingHours = hours,
        Capacity = role == Role.Mentor ? 2 : null,
        Baseline = baseline,
        JoinedAt = joined,
    };
}
