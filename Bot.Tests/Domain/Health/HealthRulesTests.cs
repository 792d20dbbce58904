using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Health;

/// <summary>Each row of the health table on an example (defaults: fortnightly cadence, 21 days without meeting, 5 days to answer, escalation after 2).</summary>
public sealed class HealthRulesTests
{
    private static readonly DateTimeOffset Start = Sample.Started;

    [Theory]
    [InlineData(14, HealthState.OnTrack)]
    [InlineData(15, HealthState.NeedsAttention)]
    [InlineData(22, HealthState.AtRisk)]
    [InlineData(43, HealthState.Stalled)]
    public void DaysWithoutMeeting_WorsenTheState_AgainstCadenceAndThresholds(int days, HealthState expected)
    {
        var health = Of(Sample.Pair, [], Start.AddDays(days));

        Assert.Equal(expected, health.State);
        if (expected != HealthState.OnTrack)
            Assert.Equal(new HealthReason(HealthReasonKeys.NoMeetingYet, expected, days, 14), health.Reasons.Single());
    }

    [Fact]
    public void ABookedMeetingThatEnded_AndACheckInAnsweredMet_BothCountAsMeetings()
    {
        var meeting = new PairMeeting(Start.AddDays(20), Start.AddDays(20).AddHours(1), "e", null);
        var met = Sample.CheckIn(Sample.Mentee, Start.AddDays(30)).Answered(Start.AddDays(31));

        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair with { NextMeeting = meeting }, [], Start.AddDays(30)).State);
        Assert.Equal(new HealthReason(HealthReasonKeys.NoMeetingFor, HealthState.NeedsAttention, 16, 14), Of(Sample.Pair, [met], Start.AddDays(46)).Reasons.Single());
    }

    [Fact]
    public void UnansweredCheckInsInARow_NeedAttention_ThenRisk_ThenStall()
    {
        var days = new[] { 7, 11, 13 };
        var sent = days.Select(d => Sample.CheckIn(Sample.Mentor, Start.AddDays(d))).ToList();
        var met = Sample.CheckIn(Sample.Mentee, Start.AddDays(13)).Answered(Start.AddDays(13));

        // The latest one counts once five days old.
        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair, [sent[0], met], Start.AddDays(11)).State);
        Assert.Equal(new HealthReason(HealthReasonKeys.Unanswered, HealthState.NeedsAttention, Role.Mentor, 1), Of(Sample.Pair, [sent[0], met], Start.AddDays(12)).Reasons.Single());
        Assert.Equal(HealthState.AtRisk, Of(Sample.Pair, [sent[0], sent[1], met], Start.AddDays(16)).State);
        Assert.Equal(HealthState.Stalled, Of(Sample.Pair, [.. sent, met], Start.AddDays(18)).State);
    }

    [Fact]
    public void LowUsefulness_OverTheLastThreeRatings_NeedsAttention_OrRisk()
    {
        CheckIn Rated(int day, int usefulness) => Sample.CheckIn(Sample.Mentee, Start.AddDays(day)).Answered(Start.AddDays(day), usefulness: usefulness);

        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair, [Rated(1, 1), Rated(2, 3), Rated(3, 3), Rated(4, 3)], Start.AddDays(5)).State);
        Assert.Equal(new HealthReason(HealthReasonKeys.LowUsefulness, HealthState.NeedsAttention, 2.3, 3), Of(Sample.Pair, [Rated(2, 3), Rated(3, 2), Rated(4, 2)], Start.AddDays(5)).Reasons.Single());
        Assert.Equal(HealthState.AtRisk, Of(Sample.Pair, [Rated(3, 2), Rated(4, 1)], Start.AddDays(5)).State);
    }

    [Fact]
    public void NotAGoodFit_IsARisk_AndStillDecidingTwice_NeedsAttention()
    {
        CheckIn Said(int day, Fit fit) => Sample.CheckIn(Sample.Mentor, Start.AddDays(day)).Answered(Start.AddDays(day), fit: fit);

        Assert.Equal(new HealthReason(HealthReasonKeys.NotAGoodFit, HealthState.AtRisk, Role.Mentor), Of(Sample.Pair, [Said(3, Fit.NotAGoodFit)], Start.AddDays(5)).Reasons.Single());
        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair, [Said(2, Fit.StillDeciding)], Start.AddDays(5)).State);
        Assert.Equal(new HealthReason(HealthReasonKeys.StillDeciding, HealthState.NeedsAttention, Role.Mentor, 2), Of(Sample.Pair, [Said(2, Fit.StillDeciding), Said(4, Fit.StillDeciding)], Start.AddDays(5)).Reasons.Single());
        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair, [Said(2, Fit.StillDeciding), Said(3, Fit.StillDeciding), Said(4, Fit.GoodFit)], Start.AddDays(5)).State);
    }

    [Fact]
    public void NoProgressOnAnyGoal_OverThreeCheckIns_NeedsAttention()
    {
        CheckIn Progress(int day, GoalProgress progress) => Sample.CheckIn(Sample.Mentee, Start.AddDays(day)).Answered(Start.AddDays(day), progress: progress);

        Assert.Equal(new HealthReason(HealthReasonKeys.NoGoalProgress, HealthState.NeedsAttention, Role.Mentee, 3), Of(Sample.Pair, [Progress(1, GoalProgress.None), Progress(2, GoalProgress.None), Progress(3, GoalProgress.None)], Start.AddDays(4)).Reasons.Single());
        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair, [Progress(1, GoalProgress.None), Progress(2, GoalProgress.Some), Progress(3, GoalProgress.None)], Start.AddDays(4)).State);
    }

    [Fact]
    public void APause_OverridesEverything_AndNamesWhoPaused()
    {
        var paused = Sample.Mentor with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 6, 1) };

        var health = HealthRules.Of(Sample.Programme, Sample.Pair, Sample.Mentee, paused, [], Start.AddDays(100))!;

        Assert.Equal(new RelationshipHealth(HealthState.Paused, [new HealthReason(HealthReasonKeys.Paused, HealthState.Paused, Role.Mentor)]), health, new HealthComparer());
        Assert.Equal(HealthState.Stalled, HealthRules.Of(Sample.Programme, Sample.Pair, Sample.Mentee, paused, [], new DateTimeOffset(2027, 6, 2, 0, 0, 0, TimeSpan.Zero))!.State);
    }

    [Fact]
    public void EndedPairs_AreEnded_OrCompletedAtTheProgrammesEnd_AndActiveOnesPastItContinue()
    {
        var ended = Sample.Pair with { Status = PairStatus.Ended, ClosedAt = Start.AddDays(30) };
        var atTheEnd = ended with { ClosedAt = new DateTimeOffset(2027, 12, 31, 18, 0, 0, TimeSpan.Zero) };

        Assert.Equal(HealthState.Ended, Of(ended, [], Start.AddDays(31)).State);
        Assert.Equal(HealthState.Completed, Of(atTheEnd, [], Start.AddDays(400)).State);
        Assert.Equal(HealthState.Continuing, Of(Sample.Pair, [], new DateTimeOffset(2028, 1, 1, 12, 0, 0, TimeSpan.Zero)).State);
        Assert.Equal(HealthState.Continuing, HealthRules.Of(Sample.Programme with { Status = ProgrammeStatus.Closed }, Sample.Pair, Sample.Mentee, Sample.Mentor, [], Start)!.State);
        Assert.Null(HealthRules.Of(Sample.Programme, Sample.Pair with { Status = PairStatus.Offered }, Sample.Mentee, Sample.Mentor, [], Start));
    }

    [Fact]
    public void SomeoneWhoLeft_PutsAnActivePairAtRisk()
    {
        var health = HealthRules.Of(Sample.Programme, Sample.Pair, Sample.Mentee with { Status = ParticipantStatus.Left }, Sample.Mentor, [], Start.AddDays(1))!;

        Assert.Equal(new HealthReason(HealthReasonKeys.Left, HealthState.AtRisk, Role.Mentee), health.Reasons.Single());
    }

    [Fact]
    public void AnAnswerGivenAfterTheInstant_DoesNotCountYet()
    {
        var late = Sample.CheckIn(Sample.Mentee, Start.AddDays(10)).Answered(Start.AddDays(20));

        Assert.Equal(HealthState.NeedsAttention, Of(Sample.Pair, [late], Start.AddDays(16)).State);
        Assert.Equal(HealthState.OnTrack, Of(Sample.Pair, [late], Start.AddDays(20)).State);
    }

    private static RelationshipHealth Of(Pair pair, IReadOnlyList<CheckIn> checkIns, DateTimeOffset now) =>
        HealthRules.Of(Sample.Programme, pair, Sample.Mentee, Sample.Mentor, checkIns, now)!;

    private sealed class HealthComparer : IEqualityComparer<RelationshipHealth>
    {
        public bool Equals(RelationshipHealth? x, RelationshipHealth? y) => x!.State == y!.State && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(RelationshipHealth obj) => obj.State.GetHashCode();
    }
}
