using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>Circles: everyone active placed once, sizes as the programme says, one facilitator each, fit improved not worsened.</summary>
public sealed class CircleFormerTests
{
    private static readonly string[] Departments = ["Data", "Sales", "Finance", "HR"];

    [Theory]
    [InlineData(14, 6, new[] { 5, 5, 4 })]
    [InlineData(12, 6, new[] { 6, 6 })]
    [InlineData(5, 6, new[] { 5 })]
    [InlineData(7, 3, new[] { 3, 2, 2 })]
    public void Sizes_NeverExceedTheSize_AndDifferByAtMostOne(int people, int size, int[] expected) =>
        Assert.Equal(expected, CircleFormer.Sizes(people, size));

    [Property(MaxTest = 150)]
    public Property EveryActivePerson_IsInExactlyOneCircle_OfAnAllowedSize() => Prop.ForAll(Groups(), g =>
    {
        var plan = CircleFormer.Form(g.Programme, g.People, People.January, g.Seed);
        var active = g.People.Where(p => p.Status == ParticipantStatus.Active).Select(p => p.UserObjectId).Order(StringComparer.Ordinal);
        var placed = plan.Circles.SelectMany(c => c.Members).Select(p => p.UserObjectId).Order(StringComparer.Ordinal);
        var sizes = plan.Circles.Select(c => c.Members.Count).ToList();
        return placed.SequenceEqual(active)
            && sizes.All(s => s <= g.Programme.Circles.Size)
            && (sizes.Count == 0 || sizes.Max() - sizes.Min() <= 1);
    });

    [Property(MaxTest = 150)]
    public Property EachCircle_HasOneFacilitatorFromItsMembers_AVolunteerWhenItHasOne() => Prop.ForAll(Groups(), g =>
    {
        var plan = CircleFormer.Form(g.Programme, g.People, People.January, g.Seed);
        var volunteers = g.People.Count(p => p.Status == ParticipantStatus.Active && p.Role == Role.Mentor);
        return plan.Circles.All(c =>
            c.Members.Contains(c.Facilitator)
            && (c.Members.Any(p => p.Role == Role.Mentor)
                ? c.Facilitator.Role == Role.Mentor && c.FacilitatorReason.MessageKey == MatchReasonKeys.FacilitatorVolunteer
                : c.FacilitatorReason.MessageKey == MatchReasonKeys.FacilitatorMostSenior && c.Members.All(p => (p.Seniority is { } s ? (int)s : -1) <= (c.Facilitator.Seniority is { } f ? (int)f : -1))))
            && (volunteers < plan.Circles.Count || plan.Circles.All(c => c.Members.Any(p => p.Role == Role.Mentor)));
    });

    [Property(MaxTest = 150)]
    public Property Swaps_NeverLowerTheFit_AndTheSameInputGivesTheSameCircles() => Prop.ForAll(Groups(), g =>
    {
        var greedy = CircleFormer.Form(g.Programme, g.People, People.January, g.Seed, improve: false);
        var plan = CircleFormer.Form(g.Programme, g.People, People.January, g.Seed);
        var again = CircleFormer.Form(g.Programme, [.. g.People.Reverse()], People.January, g.Seed);
        return plan.TotalFit >= greedy.TotalFit && Describe(plan) == Describe(again) && plan.TotalFit == plan.Circles.Sum(c => c.Fit);
    });

    [Fact]
    public void ByDepartment_PutsEachDepartmentTogether_WhenTheNumbersAllowIt()
    {
        var people = Departments.Take(3).SelectMany(d => Enumerable.Range(0, 4).Select(i => Person($"{d}-{i}", d, i == 0 ? Role.Mentor : Role.Mentee))).ToList();

        var plan = CircleFormer.Form(Programme(CircleGrouping.ByDepartment, 4), people, People.January, seed: 7);

        Assert.Equal(3, plan.Circles.Count);
        Assert.All(plan.Circles, c => Assert.Single(c.Members.Select(p => p.Department).Distinct()));
    }

    [Fact]
    public void MixedDepartments_SpreadsEachDepartmentAcrossCircles()
    {
        var people = Departments.SelectMany(d => Enumerable.Range(0, 3).Select(i => Person($"{d}-{i}", d, Role.Mentee))).ToList();

        var plan = CircleFormer.Form(Programme(CircleGrouping.MixedDepartments, 4), people, People.January, seed: 3);

        Assert.Equal(3, plan.Circles.Count);
        Assert.All(plan.Circles, c => Assert.Equal(4, c.Members.Select(p => p.Department).Distinct().Count()));
    }

    [Fact]
    public void ByFunction_GroupsSimilarJobTitles_AcrossDepartments()
    {
        string[] titles = ["Data engineer", "Senior data engineer", "Lead data engineer", "Account manager", "Senior account manager", "Key account manager"];
        var people = titles.Select((t, i) => Person($"p{i}", Departments[i % 4], Role.Mentee) with { JobTitle = t }).ToList();

        var plan = CircleFormer.Form(Programme(CircleGrouping.ByFunction, 3), people, People.January, seed: 1);

        Assert.All(plan.Circles, c => Assert.Single(c.Members.Select(p => p.JobTitle!.Contains("engineer", StringComparison.Ordinal)).Distinct()));
    }

    [Fact]
    public void NobodyActive_FormsNoCircle() =>
        Assert.Empty(CircleFormer.Form(Programme(CircleGrouping.ByDepartment, 4), [Person("x", "Data", Role.Mentee) with { Status = ParticipantStatus.Left }], People.January).Circles);

    private static string Describe(CirclePlan plan) =>
        string.Join(" | ", plan.Circles.Select(c => $"{c.Facilitator.UserObjectId}: {string.Join(",", c.Members.Select(p => p.UserObjectId))}"));

    private static Programme Programme(CircleGrouping grouping, int size) =>
        People.Programme(ProgrammeType.Circle) with { Circles = new CircleSettings { Size = size, Grouping = grouping } };

    private static Participant Person(string id, string department, Role role) => People.Mentee(id) with
    {
        Role = role,
        Department = department,
        Skills = ["Python"],
        Capacity = role == Role.Mentor ? 1 : null,
    };

    private static Arbitrary<CircleGroup> Groups() => Arb.From(
        from seed in Gen.Choose(0, 1_000_000)
        from count in Gen.Choose(0, 30)
        from size in Gen.Choose(CircleSettings.SizeMin, 8)
        from grouping in Gen.Elements(Enum.GetValues<CircleGrouping>())
        select CircleGroup.Random(seed, count, size, grouping));

    public sealed record CircleGroup(int Seed, Programme Programme, IReadOnlyList<Participant> People)
    {
        public static CircleGroup Random(int seed, int count, int size, CircleGrouping grouping)
        {
            var random = new Random(seed);
            string[] skills = ["Python", "Leadership", "Negotiation", "Design"];
            var people = Enumerable.Range(0, count).Select(i => Matching.People.Mentee($"p{i}") with
            {
                Role = random.Next(4) == 0 ? Role.Mentor : Role.Mentee,
                Department = random.Next(6) == 0 ? null : Departments[random.Next(Departments.Length)],
                Seniority = random.Next(6) == 0 ? null : (Seniority)random.Next(5),
                Skills = [skills[random.Next(skills.Length)]],
                Languages = random.Next(3) == 0 ? ["de"] : ["en"],
                Status = random.Next(8) == 0 ? ParticipantStatus.Left : ParticipantStatus.Active,
            }).ToList();
            return new CircleGroup(seed, CircleFormerTests.Programme(grouping, size), people);
        }

        public override string ToString() => $"CircleGroup(seed {Seed}, {People.Count} people, size {Programme.Circles.Size}, {Programme.Circles.Grouping})";
    }
}
