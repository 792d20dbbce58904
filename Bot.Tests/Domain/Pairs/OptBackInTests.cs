using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Tests.Domain.Pairs;

/// <summary>A continuing pair is followed again only when both people ask; nobody else counts, nor anyone twice.</summary>
public sealed class OptBackInTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void BothAsking_FollowsThePairAgain_OneAsking_OnlyRemembersIt()
    {
        var continuing = Continuing();

        var one = continuing.OptBackIn("mentor").Value;
        var both = one.OptBackIn("MENTEE").Value;

        Assert.Equal((false, 1), (one.IsFollowed, one.OptedBackIn.Count));
        Assert.Equal((true, null, 0), (both.IsFollowed, both.ContinuingSince, both.OptedBackIn.Count));
    }

    [Fact]
    public void TheSamePersonTwice_AStranger_AFollowedPair_OrAnEndedOne_AreRefused()
    {
        var continuing = Continuing();

        Assert.False(continuing.OptBackIn("mentor").Value.OptBackIn("mentor").IsDone);
        Assert.False(continuing.OptBackIn("someone else").IsDone);
        Assert.False((continuing with { ContinuingSince = null }).OptBackIn("mentor").IsDone);
        Assert.False(continuing.End(Now, PairEnding.Completed).Value.OptBackIn("mentor").IsDone);
    }

    private static Pair Continuing() => new Pair
    {
        ProgrammeId = "p",
        Id = "pair",
        MenteeTenantId = "t",
        MenteeId = "mentee",
        MentorTenantId = "t",
        MentorId = "mentor",
        Status = PairStatus.Active,
        AcceptedAt = Now.AddDays(-90),
    }.ContinueInformally(Now).Value;
}
