using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain;

public sealed class ProgrammeRulesTests
{
    private static readonly Programme Valid = new()
    {
        Id = "p1",
        Name = "Data mentoring 2027",
        StartDate = new DateOnly(2027, 1, 4),
        EndDate = new DateOnly(2027, 6, 30),
        TenantId = "8f1c1c1e-4a5b-4c11-9b1a-0d5e2c3b4a10",
        Leads = ["lead-1"],
        SkillsCatalogue = ["Data engineering", "Public speaking"],
    };

    [Fact]
    public void ValidProgramme_HasNoErrors() => Assert.Empty(ProgrammeRules.Check(Valid));

    [Theory]
    [InlineData("ab")]
    [InlineData("   ")]
    public void Name_OutsideBounds_IsRefusedWithTheLimits(string name)
    {
        var error = Assert.Single(ProgrammeRules.Check(Valid with { Name = name }));
        Assert.Equal(("name", "ErrorProgrammeName"), (error.Field, error.MessageKey));
        Assert.Equal([3, 80], error.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void MinAnswers_OutsideOneToFifty_IsRefusedWithTheLimits(int minAnswers)
    {
        var error = Assert.Single(ProgrammeRules.Check(Valid with { MinAnswers = minAnswers }));
        Assert.Equal(("minAnswers", "ErrorNumberRange"), (error.Field, error.MessageKey));
        Assert.Equal([1, 50], error.Arguments);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Programme.DefaultMinAnswers)]
    [InlineData(50)]
    public void MinAnswers_FromOneToFifty_IsValid(int minAnswers) => Assert.Empty(ProgrammeRules.Check(Valid with { MinAnswers = minAnswers }));

    [Fact]
    public void EndBeforeStart_IsRefused() =>
        Assert.Contains(ProgrammeRules.Check(Valid with { EndDate = Valid.StartDate }), e => e.MessageKey == "ErrorProgrammeDates");

    [Fact]
    public void ProgrammeOverThreeYears_IsRefused() =>
        Assert.Contains(ProgrammeRules.Check(Valid with { EndDate = Valid.StartDate.AddYears(3).AddDays(1) }), e => e.MessageKey == "ErrorProgrammeTooLong");

    [Fact]
    public void ProgrammeWithoutLead_IsRefused() =>
        Assert.Contains(ProgrammeRules.Check(Valid with { Leads = [] }), e => e.Field == "leads");

    [Fact]
    public void OverlongSkill_IsRefused() =>
        Assert.Contains(ProgrammeRules.Check(Valid with { SkillsCatalogue = [new string('x', 41)] }), e => e.MessageKey == "ErrorSkillLength");

    [Fact]
    public void CrossOrganisation_AdmitsListedTenantsOnly()
    {
        var other = "0b7d9a52-5d1f-4a8e-9b0e-111111111111";
        var programme = Valid with { Type = ProgrammeType.CrossOrganisation, AllowedTenants = [other] };
        Assert.True(programme.AdmitsTenant(other));
        Assert.True(programme.AdmitsTenant(Valid.TenantId));
        Assert.False(programme.AdmitsTenant("2c2c2c2c-0000-0000-0000-000000000000"));
        Assert.False((Valid with { AllowedTenants = [other] }).AdmitsTenant(other));
    }

    [Fact]
    public void TenantThatIsNotAGuid_IsRefused() =>
        Assert.Contains(ProgrammeRules.Check(Valid with { AllowedTenants = ["contoso.com"] }), e => e.MessageKey == "ErrorTenantId");
}
