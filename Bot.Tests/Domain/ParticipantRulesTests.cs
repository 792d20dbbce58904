using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Domain;

public sealed class ParticipantRulesTests
{
    private static readonly Participant Mentee = new()
    {
        TenantId = "t",
        UserObjectId = "u",
        ProgrammeId = "p",
        Role = Role.Mentee,
        Department = "Data platform",
        Seniority = Seniority.EarlyCareer,
        Goals = ["Lead a data project end to end"],
        Skills = ["Data engineering"],
        WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 30), WorkingHours.WeekDays, "Europe/Paris"),
        Baseline = new SelfAssessment(3, 2, 4),
    };

    [Fact]
    public void CompleteMentee_HasNoErrors() => Assert.Empty(ParticipantRules.Check(Mentee));

    [Fact]
    public void FourGoals_AreRefusedWithTheLimit()
    {
        var error = Assert.Single(ParticipantRules.Check(Mentee with { Goals = ["one goal", "two goal", "three goal", "four goal"] }));
        Assert.Equal("ErrorTooMany", error.MessageKey);
        Assert.Equal([3], error.Arguments);
    }

    [Fact]
    public void OverlongGoal_StatesItsLengthAndTheLimit()
    {
        var error = Assert.Single(ParticipantRules.Check(Mentee with { Goals = [new string('g', 250)] }));
        Assert.Equal("ErrorTextTooLong", error.MessageKey);
        Assert.Equal([250, 200], error.Arguments);
    }

    [Fact]
    public void MentorWithoutCapacityOrLeadershipRating_IsIncomplete()
    {
        var errors = ParticipantRules.Check(Mentee with { Role = Role.Mentor });
        Assert.Contains(errors, e => e.Field == "capacity");
        Assert.Contains(errors, e => e.Field == "leadership");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RatingOutsideOneToFive_IsRefused(int rating) =>
        Assert.Contains(ParticipantRules.Check(Mentee with { Baseline = new SelfAssessment(rating, 3, 3) }), e => e.MessageKey == "ErrorRating");

    [Theory]
    [InlineData("Europe/Paris", true)]
    [InlineData("Romance Standard Time", true)]
    [InlineData("Asia/Kolkata", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void TimeZones_AreKnownByIanaOrWindowsId(string id, bool known) => Assert.Equal(known, TimeZones.IsKnown(id));

    [Fact]
    public void WorkingHoursEndingBeforeTheyStart_AreRefused() =>
        Assert.Contains(ParticipantRules.Check(Mentee with { WorkingHours = Mentee.WorkingHours! with { End = new TimeOnly(8, 0) } }), e => e.MessageKey == "ErrorWorkingHours");
}
