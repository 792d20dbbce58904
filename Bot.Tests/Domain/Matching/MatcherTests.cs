using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>Rounds small enough to reason about by hand.</summary>
public sealed class MatcherTests
{
    [Fact]
    public void TheBestTotal_BeatsGivingEachMenteeTheirFavourite()
    {
        // Both mentees prefer the data mentor; only one fits the other mentor. Greedy by score would strand her.
        var dataMentor = People.Mentor("m-data") with { Capacity = 1, Skills = ["Data engineering", "Python", "Public speaking"] };
        var speaker = People.Mentor("m-speaking") with { Capacity = 1, Skills = ["Public speaking"], Languages = ["en"] };
        var alex = People.Mentee("alex") with { Languages = ["fr"] };
        var sam = People.Mentee("sam");
        var round = Round([alex, sam], [dataMentor, speaker]);

        var result = Matcher.Match(round);

        Assert.Equal(["alex>m-data", "sam>m-speaking"], result.Pairs.Select(p => $"{p.Mentee.UserObjectId}>{p.Mentor.UserObjectId}"));
        Assert.Empty(result.Unmatched);
        Assert.Equal(result.TotalScore, result.Proof.Bound);
    }

    [Fact]
    public void EachPair_CarriesItsExplainedScore()
    {
        var result = Matcher.Match(Round([People.Mentee()], [People.Mentor()]));

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(People.Explain(People.Mentee(), People.Mentor()).Components, pair.Score.Components);
        Assert.Equal(850, pair.Score.Total);
    }

    [Fact]
    public void AMenteeWhoFitsOnlyAFullMentor_IsUnmatched_ForLackOfCapacity()
    {
        var round = Round([People.Mentee("a"), People.Mentee("b")], [People.Mentor() with { Capacity = 1 }]);

        var result = Matcher.Match(round);

        Assert.Single(result.Pairs);
        Assert.Equal(MatchReasonKeys.UnmatchedNoCapacityLeft, Assert.Single(result.Unmatched).Reason.MessageKey);
    }

    [Fact]
    public void AMenteeWhoseOnlyFitIsFullBeforeTheRound_IsUnmatched_ForLackOfCapacity()
    {
        var round = Round([People.Mentee()], [People.Mentor() with { Capacity = 1 }]) with { CurrentLoads = new Dictionary<string, int> { ["mentor-1"] = 1 } };

        Assert.Equal(MatchReasonKeys.UnmatchedNoCapacityLeft, Assert.Single(Matcher.Match(round).Unmatched).Reason.MessageKey);
    }

    [Fact]
    public void AMenteeNoMentorFits_IsUnmatched_ForLackOfACompatibleMentor()
    {
        var round = Round([People.Mentee() with { Languages = ["de"] }], [People.Mentor()]);

        Assert.Equal(MatchReasonKeys.UnmatchedNoCompatibleMentor, Assert.Single(Matcher.Match(round).Unmatched).Reason.MessageKey);
    }

    [Fact]
    public void APausedMentee_IsUnmatched_AsNotActive()
    {
        var round = Round([People.Mentee() with { Status = ParticipantStatus.Paused }], [People.Mentor()]);

        Assert.Equal(MatchReasonKeys.UnmatchedNotActive, Assert.Single(Matcher.Match(round).Unmatched).Reason.MessageKey);
    }

    [Fact]
    public void AnEmptyRound_ProposesNothing()
    {
        var result = Matcher.Match(Round([], []));

        Assert.Equal((0, 0, 0L, 0L), (result.Pairs.Count, result.Unmatched.Count, result.TotalScore, result.Proof.Bound));
    }

    [Fact]
    public void TheSolver_ReinsertsMentees_WhenPairsItWasNotGivenCouldRaiseTheTotal()
    {
        // Everyone's favourite mentor can take one: with one candidate each, the first solve strands two mentees,
        // the check against every pair finds their next-best mentors, and re-inserting them places everyone.
        var mentors = new[]
        {
            People.Mentor("m1") with { Capacity = 1 },
            People.Mentor("m2") with { Capacity = 1, Skills = ["Data engineering"] },
            People.Mentor("m3") with { Capacity = 1, Skills = ["Python"] },
        };
        var round = Round([People.Mentee("a"), People.Mentee("b"), People.Mentee("c")], mentors);

        var result = Matcher.Match(round, initialCandidates: 1, menteesPerPlace: 0);

        Assert.True(result.Proof.Rounds > 1, $"expected more than one check, got {result.Proof.Rounds}");
        Assert.Equal(3, result.Pairs.Count);
        Assert.Equal(BruteForce.BestTotal(MatchScorer.For(round)), result.TotalScore);
    }

    [Fact]
    public void Suggestions_AreTheMenteesBestCompatibleMentors_BestFirst()
    {
        var mentors = new[]
        {
            People.Mentor("m-some") with { Skills = ["Python"] },
            People.Mentor("m-best"),
            People.Mentor("m-none") with { Languages = ["de"] },
        };

        var suggestions = Matcher.Suggestions(Round([People.Mentee()], mentors), "mentee-1", 5);

        Assert.Equal(["m-best", "m-some"], suggestions.Select(s => s.MentorId));
        Assert.True(suggestions[0].Total > suggestions[1].Total);
    }

    [Fact]
    public void AnotherSeed_MayBreakTiesDifferently_ButNeverLowersTheTotal()
    {
        var twins = Enumerable.Range(0, 4).Select(i => People.Mentor($"m{i}") with { Capacity = 1 }).ToArray();
        var mentees = Enumerable.Range(0, 4).Select(i => People.Mentee($"a{i}")).ToArray();

        var totals = Enumerable.Range(0, 5).Select(seed => Matcher.Match(Round(mentees, twins) with { Seed = seed }).TotalScore).Distinct();

        Assert.Equal([4 * 850L], totals);
    }

    private static MatchingRound Round(IReadOnlyList<Participant> mentees, IReadOnlyList<Participant> mentors) => new()
    {
        Programme = People.Programme(),
        Mentees = mentees,
        Mentors = mentors,
        ReferenceDate = People.January,
    };
}
