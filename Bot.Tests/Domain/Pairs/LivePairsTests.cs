using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Tests.Domain.Pairs;

/// <summary>The rules across pairs: one live pair per mentee, a mentor's capacity, never the same two people twice.</summary>
public sealed class LivePairsTests
{
    [Fact]
    public void AMenteeWithALivePair_CannotHaveAnother_ButOneWithOnlyClosedPairsCan()
    {
        var candidate = Pair("ada", "maya");

        Assert.Equal(Placement.MenteeTaken, LivePairs.Check([Pair("ada", "noah", PairStatus.Offered)], candidate, 3));
        Assert.Equal(Placement.MenteeTaken, LivePairs.Check([Pair("ada", "noah", PairStatus.Proposed)], candidate, 3));
        Assert.Equal(Placement.Allowed, LivePairs.Check([Pair("ada", "noah", PairStatus.Declined), Pair("ada", "omar", PairStatus.Withdrawn)], candidate, 3));
    }

    [Theory]
    [InlineData(1, 1, Placement.MentorFull)]
    [InlineData(2, 1, Placement.Allowed)]
    [InlineData(2, 2, Placement.MentorFull)]
    public void AMentor_HoldsAtMostTheirCapacityOfLivePairs(int capacity, int live, Placement expected)
    {
        var pairs = Enumerable.Range(0, live).Select(i => Pair($"mentee{i}", "maya", i % 2 == 0 ? PairStatus.Active : PairStatus.Offered))
            .Append(Pair("ended", "maya", PairStatus.Ended)).ToList();

        Assert.Equal(expected, LivePairs.Check(pairs, Pair("ada", "maya"), capacity));
    }

    [Fact]
    public void TheSamePairTwice_IsRefused_EvenWhenTheFirstIsClosed() =>
        Assert.Equal(Placement.AlreadyExists, LivePairs.Check([Pair("ada", "maya", PairStatus.Expired)], Pair("ada", "maya"), 3));

    private static Pair Pair(string mentee, string mentor, PairStatus status = PairStatus.Offered) => new()
    {
        Id = Dialogs.Domain.Pairs.Pair.IdFor(mentee, mentor),
        ProgrammeId = "p",
        MenteeTenantId = "x",
        MenteeId = mentee,
        MentorTenantId = "x",
        MentorId = mentor,
        Status = status,
    };
}
