using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>The hard rules: pairs that are never proposed, whatever their score.</summary>
public sealed class ExclusionTests
{
    [Fact]
    public void AnEarlierPairing_IsNotRepeated()
    {
        var score = MatchScorer.Explain(People.Programme(), People.Mentee(), People.Mentor(), People.January, [new PairKey("mentee-1", "mentor-1")]);

        Assert.Equal(MatchReasonKeys.ExcludedEarlierPair, score.Exclusion?.MessageKey);
        Assert.True(score.Total > 0, "the score is still worked out, for the lead's view");
    }

    [Fact]
    public void ADeclinedProposal_IsNotMadeAgain_AndTheNextMentorIsProposed()
    {
        var round = new MatchingRound
        {
            Programme = People.Programme(),
            Mentees = [People.Mentee()],
            Mentors = [People.Mentor("declined"), People.Mentor("next") with { Skills = ["Python"] }],
            ReferenceDate = People.January,
            DeclinedPairs = [new PairKey("mentee-1", "declined")],
        };
        var scorer = MatchScorer.For(round);
        var declined = scorer.Mentors.ToList().FindIndex(p => p.UserObjectId == "declined");

        Assert.Equal(MatchReasonKeys.ExcludedDeclined, scorer.Explain(0, declined).Exclusion?.MessageKey);
        Assert.Equal("next", Assert.Single(Matcher.Match(round).Pairs).Mentor.UserObjectId);
    }

    [Fact]
    public void AMentorWithNoPlaceLeft_IsExcluded_AndOneWithAPlaceIsNot()
    {
        var full = MatchScorer.Explain(People.Programme(), People.Mentee(), People.Mentor() with { Capacity = 2 }, People.January, mentorLoad: 2);
        var room = MatchScorer.Explain(People.Programme(), People.Mentee(), People.Mentor() with { Capacity = 2 }, People.January, mentorLoad: 1);

        Assert.Equal(MatchReasonKeys.ExcludedMentorFull, full.Exclusion?.MessageKey);
        Assert.Null(room.Exclusion);
    }

    [Fact]
    public void AMentorWithoutOwnCapacity_TakesTheProgrammeDefault()
    {
        var programme = People.Programme(defaultCapacity: 1);

        var score = MatchScorer.Explain(programme, People.Mentee(), People.Mentor() with { Capacity = null }, People.January, mentorLoad: 1);

        Assert.Equal(MatchReasonKeys.ExcludedMentorFull, score.Exclusion?.MessageKey);
    }

    [Theory]
    [InlineData(ParticipantStatus.Left, null)]
    [InlineData(ParticipantStatus.Paused, null)]
    [InlineData(ParticipantStatus.Paused, "2026-02-01")]
    public void SomeoneNotActive_IsExcluded(ParticipantStatus status, string? pausedUntil)
    {
        var mentor = People.Mentor() with { Status = status, PausedUntil = pausedUntil is null ? null : DateOnly.Parse(pausedUntil, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(MatchReasonKeys.ExcludedNotAvailable, People.Explain(People.Mentee(), mentor).Exclusion?.MessageKey);
    }

    [Fact]
    public void APauseEndingByTheReferenceDate_ExcludesNoOne()
    {
        var mentor = People.Mentor() with { Status = ParticipantStatus.Paused, PausedUntil = People.January };

        Assert.Null(People.Explain(People.Mentee(), mentor).Exclusion);
    }

    [Fact]
    public void NobodyMentorsThemselves()
    {
        var score = People.Explain(People.Mentee("same"), People.Mentor("same"));

        Assert.Equal(MatchReasonKeys.ExcludedSamePerson, score.Exclusion?.MessageKey);
    }

    [Fact]
    public void ARoundWithAMenteeInTheMentorsList_IsRefused()
    {
        var round = new MatchingRound { Programme = People.Programme(), Mentees = [People.Mentee()], Mentors = [People.Mentee("x")], ReferenceDate = People.January };

        Assert.Throws<ArgumentException>(() => MatchScorer.For(round));
    }

    [Fact]
    public void ARoundWithInvalidWeights_IsRefused()
    {
        var round = new MatchingRound { Programme = People.Programme(weights: MatchingWeights.Default with { Language = -5 }), Mentees = [People.Mentee()], Mentors = [People.Mentor()], ReferenceDate = People.January };

        Assert.Throws<ArgumentException>(() => MatchScorer.For(round));
    }

    [Fact]
    public void ARoundListingSomeoneTwice_IsRefused()
    {
        var round = new MatchingRound { Programme = People.Programme(), Mentees = [People.Mentee(), People.Mentee()], Mentors = [People.Mentor()], ReferenceDate = People.January };

        Assert.Throws<ArgumentException>(() => MatchScorer.For(round));
    }
}
