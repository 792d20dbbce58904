using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.CheckIns;

/// <summary>`check in` any time: the current unanswered check-in, or a new one that counts as the period's, so the schedule sends no second one.</summary>
public sealed class AnyTimeCheckInTests
{
    private static readonly Programme Every14 = Sample.Programme with { CheckInEveryDays = 14 };

    private static AnyTimeCheckIn.Decision Decide(DateTimeOffset now, IReadOnlyCollection<CheckIn>? earlier = null, Pair? pair = null, Participant? person = null, Participant? partner = null) =>
        AnyTimeCheckIn.Decide(Every14, pair ?? Sample.Pair, person ?? Sample.Mentee, partner ?? Sample.Mentor, earlier ?? [], now);

    [Fact]
    public void BeforeAnyPeriodCame_ANewOnRequestCheckIn_AsksTheGoalsAndTheFit()
    {
        var now = Sample.Started.AddDays(3);

        var decision = Decide(now);

        Assert.Equal(AnyTimeCheckIn.Kind.New, decision.What);
        var created = decision.CheckIn!;
        Assert.Equal((CheckInPeriod.OnRequest(now), CheckInTrigger.OnRequest, now, true), (created.Period, created.Trigger, created.SentAt, created.AsksFit));
        Assert.Equal(GoalRef.ListOf(Sample.Mentee.Goals), created.Goals);
    }

    [Fact]
    public void OnceTheIntervalCameRound_TheNewCheckInTakesThatPeriod_AndTheScheduleSendsNoOtherForIt()
    {
        var now = Sample.Started.AddDays(15);

        var created = Decide(now).CheckIn!;

        Assert.Equal(CheckInPeriod.Every(Sample.Started.AddDays(14)), created.Period);
        var next = CheckInSchedule.Next(Every14, Sample.Pair, Sample.Mentee, Sample.Mentor, [created], now)!;
        Assert.NotEqual(created.Period, next.Period);
        Assert.True(next.At >= now.AddDays(14));
    }

    [Fact]
    public void AfterABookedMeetingEnded_TheNewCheckInIsThatMeetingsCheckIn()
    {
        var meeting = new PairMeeting(Sample.Started.AddDays(5), Sample.Started.AddDays(5).AddHours(1), "event-1", null);

        var created = Decide(Sample.Started.AddDays(6), pair: Sample.Pair with { NextMeeting = meeting }).CheckIn!;

        Assert.Equal(CheckInPeriod.ForMeeting(meeting), created.Period);
    }

    [Fact]
    public void BeforeABookedMeeting_TheMeetingKeepsItsOwnCheckIn()
    {
        var meeting = new PairMeeting(Sample.Started.AddDays(5), Sample.Started.AddDays(5).AddHours(1), "event-1", null);
        var pair = Sample.Pair with { NextMeeting = meeting };
        var now = Sample.Started.AddDays(2);

        var created = Decide(now, pair: pair).CheckIn!;

        Assert.Equal(CheckInPeriod.OnRequest(now), created.Period);
        Assert.Equal(CheckInPeriod.ForMeeting(meeting), CheckInSchedule.Next(Every14, pair, Sample.Mentee, Sample.Mentor, [created], now)!.Period);
    }

    [Fact]
    public void TheLatestUnanswered_IsShownAgain_UntilTheNextPeriodComes()
    {
        var sent = Sample.CheckIn(Sample.Mentee, Sample.Started.AddDays(14));

        Assert.Equal((AnyTimeCheckIn.Kind.Current, sent), (Decide(Sample.Started.AddDays(20), [sent]).What, Decide(Sample.Started.AddDays(20), [sent]).CheckIn));
        Assert.Equal(CheckInPeriod.Every(Sample.Started.AddDays(28)), Decide(Sample.Started.AddDays(29), [sent]).CheckIn!.Period);
    }

    [Fact]
    public void AfterAnswering_AskingAgain_IsANewCheckIn_ThatNoLongerAsksTheFitOnceDecided()
    {
        var answered = Sample.CheckIn(Sample.Mentee, Sample.Started.AddDays(2)).Answered(Sample.Started.AddDays(2), fit: Fit.GoodFit);

        var decision = Decide(Sample.Started.AddDays(4), [answered]);

        Assert.Equal(AnyTimeCheckIn.Kind.New, decision.What);
        Assert.False(decision.CheckIn!.AsksFit);
    }

    [Fact]
    public void APause_OrAPairNotActive_GivesNoCheckIn()
    {
        var now = Sample.Started.AddDays(3);
        var paused = Sample.Mentee with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 2, 1) };

        Assert.Equal((AnyTimeCheckIn.Kind.YouArePaused, new DateOnly(2027, 2, 1)), (Decide(now, person: paused).What, Decide(now, person: paused).PausedUntil!.Value));
        Assert.Equal(AnyTimeCheckIn.Kind.PartnerIsPaused, Decide(now, partner: Sample.Mentor with { Status = ParticipantStatus.Paused }).What);
        Assert.Equal(AnyTimeCheckIn.Kind.PairNotActive, Decide(now, pair: Sample.Pair with { Status = PairStatus.Ended }).What);
        Assert.Equal(AnyTimeCheckIn.Kind.PairNotActive, Decide(now, partner: Sample.Mentor with { Status = ParticipantStatus.Left }).What);
    }
}
