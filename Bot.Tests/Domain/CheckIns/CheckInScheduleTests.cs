using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.CheckIns;

/// <summary>When each person's next check-in is due: after a booked meeting or on the interval, inside their working hours, never while paused.</summary>
public sealed class CheckInScheduleTests
{
    private static readonly Participant Paris = Sample.Person("mentee", Role.Mentee, "Europe/Paris");
    private static readonly Participant NewYork = Sample.Person("mentor", Role.Mentor, "America/New_York");
    private static readonly Participant Kolkata = Sample.Person("mentor", Role.Mentor, "Asia/Kolkata");

    [Fact]
    public void AfterAMeetingThatEndsAfterWork_OnFridayInParis_ItIsDueMondayAtNine_OnSummerTime()
    {
        // Friday 26 March 2027 17:30 in Paris (UTC+1); clocks go forward on Sunday 28, so Monday 09:00 is 07:00 UTC.
        var pair = WithMeeting(new DateTimeOffset(2027, 3, 26, 15, 30, 0, TimeSpan.Zero));

        var due = Next(pair, Paris, NewYork, [], new DateTimeOffset(2027, 3, 26, 16, 45, 0, TimeSpan.Zero));

        Assert.Equal(new CheckInDue(CheckInPeriod.ForMeeting(pair.NextMeeting!), CheckInTrigger.AfterMeeting, new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), true), due);
    }

    [Fact]
    public void TheSameMeeting_IsDueAtOnceInNewYork_WhereItEndedInsideWorkingHours()
    {
        // 16:30 UTC is 12:30 in New York, already on summer time since 14 March.
        var pair = WithMeeting(new DateTimeOffset(2027, 3, 26, 15, 30, 0, TimeSpan.Zero));

        var due = Next(pair, NewYork, Paris, [], new DateTimeOffset(2027, 3, 26, 16, 45, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 26, 16, 45, 0, TimeSpan.Zero), due!.At);
    }

    [Fact]
    public void InKolkata_AMeetingEndingAtHalfPastFive_IsCheckedInOnTheNextMorningAtNine_IndianTime()
    {
        var pair = WithMeeting(new DateTimeOffset(2027, 3, 16, 11, 0, 0, TimeSpan.Zero));

        var due = Next(pair, Kolkata, Paris, [], new DateTimeOffset(2027, 3, 16, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 17, 3, 30, 0, TimeSpan.Zero), due!.At);
    }

    [Fact]
    public void AMeetingStillAhead_IsWhatTheCheckInWaitsFor_EvenPastTheInterval()
    {
        // Tuesday 26 January, 10:00 to 11:00 in Paris.
        var pair = WithMeeting(Sample.Started.AddDays(22));

        var due = Next(pair, Paris, NewYork, [], Sample.Started.AddDays(1));

        Assert.Equal((CheckInTrigger.AfterMeeting, Sample.Started.AddDays(22).AddHours(1)), (due!.Trigger, due.At));
    }

    [Fact]
    public void WithoutABookedMeeting_ItIsDueEveryIntervalFromTheStart_ThenFromTheLastCheckIn()
    {
        var first = Next(Sample.Pair, Paris, NewYork, [], Sample.Started);
        var sent = Sample.CheckIn(Paris, new DateTimeOffset(2027, 1, 20, 13, 0, 0, TimeSpan.Zero));
        var second = Next(Sample.Pair, Paris, NewYork, [sent], sent.SentAt);

        Assert.Equal(new CheckInDue(CheckInPeriod.Every(Sample.Started.AddDays(14)), CheckInTrigger.Every, Sample.Started.AddDays(14), true), first);
        Assert.Equal(sent.SentAt.AddDays(14), second!.At);
    }

    [Fact]
    public void InNewYork_TheIntervalFallingAtFourInTheMorning_WaitsForNine()
    {
        var due = Next(Sample.Pair, NewYork, Paris, [], Sample.Started);

        Assert.Equal(new DateTimeOffset(2027, 1, 18, 14, 0, 0, TimeSpan.Zero), due!.At);
    }

    [Fact]
    public void WhenClocksGoBackInParis_AnIntervalEndingOnSaturday_IsDueMondayAtNine_OnWinterTime()
    {
        var sent = Sample.CheckIn(Paris, new DateTimeOffset(2027, 10, 16, 10, 0, 0, TimeSpan.Zero));

        var due = Next(Sample.Pair, Paris, NewYork, [sent], sent.SentAt);

        Assert.Equal(new DateTimeOffset(2027, 11, 1, 8, 0, 0, TimeSpan.Zero), due!.At);
    }

    [Fact]
    public void AMeetingAlreadyCheckedIn_IsNotAskedAboutAgain_AndTheIntervalRunsFromThatCheckIn()
    {
        var pair = WithMeeting(new DateTimeOffset(2027, 2, 2, 10, 0, 0, TimeSpan.Zero));
        var afterMeeting = Sample.CheckIn(Paris, pair.NextMeeting!.End, CheckInPeriod.ForMeeting(pair.NextMeeting));

        var due = Next(pair, Paris, NewYork, [afterMeeting], afterMeeting.SentAt.AddHours(1));

        Assert.Equal((CheckInTrigger.Every, afterMeeting.SentAt.AddDays(14)), (due!.Trigger, due.At));
    }

    [Fact]
    public void AMeetingThatEndedBeforeTheLastCheckIn_WasCoveredByIt()
    {
        var pair = WithMeeting(new DateTimeOffset(2027, 2, 2, 10, 0, 0, TimeSpan.Zero));
        var onRequest = Sample.CheckIn(Paris, pair.NextMeeting!.End.AddHours(2)) with { Trigger = CheckInTrigger.OnRequest };

        Assert.Equal(CheckInTrigger.Every, Next(pair, Paris, NewYork, [onRequest], onRequest.SentAt)!.Trigger);
    }

    [Fact]
    public void APauseWithAnEnd_MovesTheCheckInToItsEnd_OnThePersonsClock_AndOneWithoutAnEnd_StopsIt()
    {
        var pausedUntil = Paris with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 2, 1) };
        var pausedForever = NewYork with { Status = ParticipantStatus.Paused };

        // 1 February 2027 is a Monday: 09:00 in Paris is 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero), Next(Sample.Pair, pausedUntil, NewYork, [], Sample.Started)!.At);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 14, 0, 0, TimeSpan.Zero), Next(Sample.Pair, NewYork, pausedUntil, [], Sample.Started)!.At);
        Assert.Null(Next(Sample.Pair, Paris, pausedForever, [], Sample.Started));
        Assert.Null(Next(Sample.Pair, pausedForever, Paris, [], Sample.Started));
    }

    [Fact]
    public void NoCheckIn_ForAPairNotActive_SomeoneWhoLeft_AClosedProgramme_OrPastItsEnd()
    {
        Assert.Null(Next(Sample.Pair with { Status = PairStatus.Ended }, Paris, NewYork, [], Sample.Started));
        Assert.Null(Next(Sample.Pair, Paris, NewYork with { Status = ParticipantStatus.Left }, [], Sample.Started));
        Assert.Null(CheckInSchedule.Next(Sample.Programme with { Status = ProgrammeStatus.Closed }, Sample.Pair, Paris, NewYork, [], Sample.Started));
        Assert.Null(CheckInSchedule.Next(Sample.Programme with { EndDate = new DateOnly(2027, 1, 15) }, Sample.Pair, Paris, NewYork, [], Sample.Started));
    }

    [Fact]
    public void AnOverdueCheckIn_IsDueNow_WhenNowIsInsideWorkingHours_ElseAtTheNextWorkingMoment()
    {
        var tuesdayAfternoon = new DateTimeOffset(2027, 1, 26, 14, 0, 0, TimeSpan.Zero);
        var saturday = new DateTimeOffset(2027, 1, 30, 14, 0, 0, TimeSpan.Zero);

        Assert.Equal(tuesdayAfternoon, Next(Sample.Pair, Paris, NewYork, [], tuesdayAfternoon)!.At);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero), Next(Sample.Pair, Paris, NewYork, [], saturday)!.At);
    }

    [Fact]
    public void PeriodKeys_SortInTimeOrder_AndEachPersonOfEachPairHasTheirOwnMessageKey()
    {
        var earlier = CheckInPeriod.Every(new DateTimeOffset(2027, 1, 18, 9, 0, 0, TimeSpan.Zero));
        var later = CheckInPeriod.ForMeeting(new PairMeeting(new DateTimeOffset(2027, 1, 25, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 25, 10, 0, 0, TimeSpan.Zero), "e", null));

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
        Assert.Matches("^[0-9A-Za-z]+$", later);
        var mentee = IdempotencyKey.For(CheckInPeriod.MessageKind, CheckInPeriod.Recipient(Sample.Pair.Id, "t", "mentee"), earlier);
        var mentor = IdempotencyKey.For(CheckInPeriod.MessageKind, CheckInPeriod.Recipient(Sample.Pair.Id, "t", "mentor"), earlier);
        Assert.NotEqual(mentee, mentor);
        Assert.Equal(mentee, IdempotencyKey.For(CheckInPeriod.MessageKind, CheckInPeriod.Recipient(Sample.Pair.Id, "t", "mentee"), earlier));
    }

    private static CheckInDue? Next(Pair pair, Participant person, Participant partner, IReadOnlyCollection<CheckIn> earlier, DateTimeOffset now) =>
        CheckInSchedule.Next(Sample.Programme, pair, person, partner, earlier, now);

    private static Pair WithMeeting(DateTimeOffset start) =>
        Sample.Pair with { NextMeeting = new PairMeeting(start, start.AddHours(1), "event-1", null) };
}
