using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>Each component of a match score, its points and the reason it gives.</summary>
public sealed class MatchScoreTests
{
    [Fact]
    public void AGoodPair_ScoresEveryComponent_AndExplainsEachOne()
    {
        var score = People.Explain(People.Mentee(), People.Mentor());

        Assert.Null(score.Exclusion);
        Assert.True(score.IsCompatible);
        Assert.Equal(1000, score.Maximum);
        Assert.Equal(
            [
                (MatchComponent.Skills, 200, "MatchReasonSharedSkills(Data engineering, Python)"),
                (MatchComponent.Goals, 50, "MatchReasonGoalsMentionSkills(data-engineering)"),
                (MatchComponent.SharedHours, 200, "MatchReasonSharedHours(40)"),
                (MatchComponent.TimeZone, 100, "MatchReasonSameTimeZone"),
                (MatchComponent.Department, 100, "MatchReasonDepartmentNoPreference"),
                (MatchComponent.Seniority, 100, "MatchReasonMentorMoreSenior"),
                (MatchComponent.Language, 100, "MatchReasonSharedLanguage(fr)"),
            ],
            score.Components.Select(c => (c.Component, c.Points, c.Reason.ToString())));
        Assert.Equal(850, score.Total);
        Assert.Equal(85, score.Percent);
    }

    [Fact]
    public void Skills_CountTheShareOfWantedSkillsTheMentorOffers_WhateverTheSpelling()
    {
        var mentor = People.Mentor() with { Skills = ["DATA ENGINEERING", "python", "public-speaking"] };

        var score = People.Explain(People.Mentee(), mentor)[MatchComponent.Skills];

        Assert.Equal(300, score.Points);
        Assert.Equal("MatchReasonSharedSkills(Data engineering, Python, Public speaking)", score.Reason.ToString());
    }

    [Fact]
    public void Skills_NoneInCommon_ScoreNothing_AndSaySo()
    {
        var score = People.Explain(People.Mentee(), People.Mentor() with { Skills = ["Negotiation"] })[MatchComponent.Skills];

        Assert.Equal((0, MatchReasonKeys.NoSharedSkills), (score.Points, score.Reason.MessageKey));
    }

    [Fact]
    public void Goals_MentioningTwoOfTheMentorsSkills_EarnTheFullGoalsWeight()
    {
        var mentee = People.Mentee() with { Goals = ["Build data engineering pipelines in Python", "Speak at a meetup"] };

        var score = People.Explain(mentee, People.Mentor())[MatchComponent.Goals];

        Assert.Equal(100, score.Points);
        Assert.Equal("MatchReasonGoalsMentionSkills(data-engineering, PYTHON)", score.Reason.ToString());
    }

    [Fact]
    public void Goals_MentioningNothingTheMentorOffers_ScoreNothing()
    {
        var mentee = People.Mentee() with { Goals = ["Become a better manager"] };

        var score = People.Explain(mentee, People.Mentor())[MatchComponent.Goals];

        Assert.Equal((0, MatchReasonKeys.GoalsMentionNone), (score.Points, score.Reason.MessageKey));
    }

    [Fact]
    public void SharedHours_AboveTheFullMark_ScoreTheWeight_AndBelowItAShare()
    {
        var weights = MatchingWeights.Default with { FullSharedHours = 20 };
        var mentee = People.Mentee() with { WorkingHours = People.NineToFive("Europe/Paris") };
        var mentor = People.Mentor() with { WorkingHours = People.NineToFive("America/New_York") };

        Assert.Equal(200, People.Explain(mentee, mentor)[MatchComponent.SharedHours].Points); // 10 h, full at 10
        Assert.Equal(100, People.Explain(mentee, mentor, weights: weights)[MatchComponent.SharedHours].Points); // 10 h of 20
    }

    [Fact]
    public void UnknownWorkingHours_ScoreNothing_AndSaySo()
    {
        var score = People.Explain(People.Mentee() with { WorkingHours = null }, People.Mentor());

        Assert.Equal((0, MatchReasonKeys.HoursUnknown), (score[MatchComponent.SharedHours].Points, score[MatchComponent.SharedHours].Reason.MessageKey));
        Assert.Equal((0, MatchReasonKeys.TimeZoneUnknown), (score[MatchComponent.TimeZone].Points, score[MatchComponent.TimeZone].Reason.MessageKey));
    }

    [Theory]
    [InlineData(DepartmentPreference.Same, "Data Platform", 100, "MatchReasonSameDepartmentWanted(Data Platform)")]
    [InlineData(DepartmentPreference.Same, "Sales", 0, "MatchReasonDepartmentPreferenceUnmet(Sales)")]
    [InlineData(DepartmentPreference.Other, "Sales", 100, "MatchReasonOtherDepartmentWanted(Sales)")]
    [InlineData(DepartmentPreference.Other, " data platform ", 0, "MatchReasonDepartmentPreferenceUnmet(data platform)")]
    [InlineData(DepartmentPreference.NoPreference, "Sales", 100, "MatchReasonDepartmentNoPreference")]
    [InlineData(DepartmentPreference.Same, null, 0, "MatchReasonDepartmentUnknown")]
    public void Department_FollowsTheMenteesPreference(DepartmentPreference preference, string? mentorDepartment, int points, string reason)
    {
        var score = People.Explain(People.Mentee() with { DepartmentPreference = preference }, People.Mentor() with { Department = mentorDepartment })[MatchComponent.Department];

        Assert.Equal((points, reason), (score.Points, score.Reason.ToString()));
    }

    [Theory]
    [InlineData(Seniority.EarlyCareer, Seniority.Senior, 100, "MatchReasonMentorMoreSenior")]
    [InlineData(Seniority.Senior, Seniority.Senior, 50, "MatchReasonSameSeniority")]
    public void Seniority_WantsTheMentorMoreSenior(Seniority mentee, Seniority mentor, int points, string reason)
    {
        var score = People.Explain(People.Mentee() with { Seniority = mentee }, People.Mentor() with { Seniority = mentor });

        Assert.Null(score.Exclusion);
        Assert.Equal((points, reason), (score[MatchComponent.Seniority].Points, score[MatchComponent.Seniority].Reason.ToString()));
    }

    [Fact]
    public void Seniority_AMentorLessSeniorThanTheMentee_IsExcluded()
    {
        var score = People.Explain(People.Mentee() with { Seniority = Seniority.Lead }, People.Mentor() with { Seniority = Seniority.Experienced });

        Assert.Equal(MatchReasonKeys.ExcludedMentorJunior, score.Exclusion?.MessageKey);
        Assert.False(score.IsCompatible);
    }

    [Fact]
    public void ReverseMentoring_InvertsTheSeniorityRule()
    {
        var executive = People.Mentee() with { Seniority = Seniority.Executive };
        var graduate = People.Mentor() with { Seniority = Seniority.EarlyCareer };

        var reverse = People.Explain(executive, graduate, ProgrammeType.Reverse);
        var usual = People.Explain(executive, graduate);
        var seniorMentorInReverse = People.Explain(People.Mentee(), People.Mentor(), ProgrammeType.Reverse);

        Assert.Null(reverse.Exclusion);
        Assert.Equal((100, MatchReasonKeys.MentorMoreJunior), (reverse[MatchComponent.Seniority].Points, reverse[MatchComponent.Seniority].Reason.MessageKey));
        Assert.Equal(MatchReasonKeys.ExcludedMentorJunior, usual.Exclusion?.MessageKey);
        Assert.Equal(MatchReasonKeys.ExcludedMentorSenior, seniorMentorInReverse.Exclusion?.MessageKey);
    }

    [Fact]
    public void UnknownSeniority_ScoresNothing_ButExcludesNoOne()
    {
        var score = People.Explain(People.Mentee() with { Seniority = null }, People.Mentor());

        Assert.Null(score.Exclusion);
        Assert.Equal((0, MatchReasonKeys.SeniorityUnknown), (score[MatchComponent.Seniority].Points, score[MatchComponent.Seniority].Reason.MessageKey));
    }

    [Fact]
    public void Language_NoneInCommon_IsAHardRule()
    {
        var score = People.Explain(People.Mentee() with { Languages = ["de"] }, People.Mentor() with { Languages = ["fr", "es"] });

        Assert.Equal(MatchReasonKeys.ExcludedNoSharedLanguage, score.Exclusion?.MessageKey);
        Assert.Equal(0, score[MatchComponent.Language].Points);
    }

    [Fact]
    public void Language_NotGivenByOne_ScoresNothing_ButExcludesNoOne()
    {
        var score = People.Explain(People.Mentee() with { Languages = [] }, People.Mentor());

        Assert.Null(score.Exclusion);
        Assert.Equal((0, MatchReasonKeys.LanguageUnknown), (score[MatchComponent.Language].Points, score[MatchComponent.Language].Reason.MessageKey));
    }

    [Fact]
    public void Weights_ComeFromTheProgramme()
    {
        var onlySkills = new MatchingWeights { Skills = 10, Goals = 0, SharedHours = 0, TimeZone = 0, Department = 0, Seniority = 0, Language = 0, MinimumPercent = 50 };

        var score = People.Explain(People.Mentee(), People.Mentor(), weights: onlySkills);

        Assert.Equal((7, 10, 5), (score.Total, score.Maximum, score.MinimumScore)); // 2 of 3 skills: 6.67 rounds to 7
        Assert.True(score.IsCompatible);
    }

    [Fact]
    public void APairBelowTheMinimum_IsNotCompatible_ThoughNoRuleExcludesIt()
    {
        var strict = MatchingWeights.Default with { MinimumPercent = 90 };

        var score = People.Explain(People.Mentee(), People.Mentor(), weights: strict);

        Assert.Null(score.Exclusion);
        Assert.Equal(900, score.MinimumScore);
        Assert.False(score.IsCompatible);
    }
}
