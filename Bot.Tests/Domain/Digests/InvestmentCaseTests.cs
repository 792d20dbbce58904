using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Domain.Digests;

/// <summary>The `report` figures, computed by hand: hours, participation and retention from records; goals and impact suppressed below MinAnswers.</summary>
public sealed class InvestmentCaseTests
{
    [Fact]
    public void HoursParticipationAndRetention_AreCountedFromTheRecords()
    {
        // Two pairs met: pair 1 twice (both said so for one period), pair 2 once; pair 3 was only offered; mentee 4
        // joined and left without a pair. Meetings last an hour (the sample programme's default).
        var records = new ProgrammeRecords
        {
            Programme = DigestSample.Programme,
            Participants = [DigestSample.Mentee(1), DigestSample.Mentor(1), DigestSample.Mentee(2), DigestSample.Mentor(2), DigestSample.Mentee(3), DigestSample.Mentor(3), DigestSample.Mentee(4) with { Status = ParticipantStatus.Left }],
            Pairs = [DigestSample.Pair(1), DigestSample.Pair(2), DigestSample.Pair(3, PairStatus.Offered)],
            CheckIns =
            [
                DigestSample.Met(1, Role.Mentee, 30, period: "a"), DigestSample.Met(1, Role.Mentor, 30, period: "a"),
                DigestSample.Met(1, Role.Mentee, 15, period: "b"),
                DigestSample.Met(2, Role.Mentor, 20, period: "c"),
            ],
        };

        var report = InvestmentCase.Of(records, DigestSample.Now);

        Assert.Equal(3, report.MeetingsHeld);
        Assert.Equal(3.0, report.HoursOfMentoring);
        Assert.Equal((7, 4, 6), (report.Joined, report.InARelationship, report.StillIn));
        Assert.Equal(DigestSample.Programme.StartDate, report.Since);
    }

    [Fact]
    public void GoalsAndImpact_FromFewerPeopleThanMinAnswers_AreSuppressed_WhileTheCountsAreNot()
    {
        var records = new ProgrammeRecords
        {
            Programme = DigestSample.Programme with { MinAnswers = 5 },
            Participants = [DigestSample.Mentee(1), DigestSample.Mentor(1)],
            Pairs = [DigestSample.Pair(1)],
            CheckIns = [DigestSample.Met(1, Role.Mentee, 10)],
        };

        var report = InvestmentCase.Of(records, DigestSample.Now);

        Assert.True(report.GoalsAchieved.IsSuppressed);
        Assert.All(report.Impact, a => Assert.True(a.MeanChange.IsSuppressed));
        Assert.True(report.WouldRecommend.IsSuppressed);
        Assert.Equal((1, 1.0), (report.MeetingsHeld, report.HoursOfMentoring));
    }
}
