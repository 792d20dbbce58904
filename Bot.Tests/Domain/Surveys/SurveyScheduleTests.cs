using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using static MentorBot.Tests.Domain.Surveys.SurveySample;

namespace MentorBot.Tests.Domain.Surveys;

/// <summary>When each person gets the mid and end surveys and their one reminder: in working hours, past pauses, never in the wrong week.</summary>
public sealed class SurveyScheduleTests
{
    private static readonly Survey[] NoSurveys = [];

    [Fact]
    public void TheMidSurvey_IsDueHalfWayThroughTheProgramme_AtTheStartOfTheWorkingDay()
    {
        // 1 March 00:00 to 1 June 00:00 in Paris, one hour shorter for summer time: half-way is Friday 16 April 00:30, so 09:00 (07:00 UTC).
        Assert.Equal(new SurveyDue(SurveyKind.Mid, Utc(4, 16, 7)), SurveySchedule.Next(TheProgramme, ThePair, Paris, NewYork, NoSurveys, Utc(3, 2, 10)));
    }

    [Fact]
    public void APairThatStartedLate_GetsItsMidSurveyAfterHalfItsOwnSpan()
    {
        // Half of 1 April 10:00 UTC to 31 May 22:00 UTC is Saturday 1 May 16:00 UTC: Monday 3 May, 09:00 in Paris.
        var late = ThePair with { AcceptedAt = Utc(4, 1, 10) };

        Assert.Equal(new SurveyDue(SurveyKind.Mid, Utc(5, 3, 7)), SurveySchedule.Next(TheProgramme, late, Paris, NewYork, NoSurveys, Utc(4, 1, 10)));
    }

    [Fact]
    public void APairWhoseMidPointFallsInTheLastWeek_GetsOnlyTheEndSurvey_AtTheStartOfThatWeek()
    {
        var late = ThePair with { AcceptedAt = Utc(5, 20, 10) };

        Assert.Equal(new SurveyDue(SurveyKind.End, Utc(5, 25, 7)), SurveySchedule.Next(TheProgramme, late, Paris, NewYork, NoSurveys, Utc(5, 20, 10)));
    }

    [Fact]
    public void AfterTheMidSurvey_TheEndSurveyIsDueWhenTheLastWeekStarts_InEachPersonsOwnHours()
    {
        // Tuesday 25 May: 09:00 in Paris (07:00 UTC), 09:00 in New York (13:00 UTC).
        Assert.Equal(new SurveyDue(SurveyKind.End, Utc(5, 25, 7)), SurveySchedule.Next(TheProgramme, ThePair, Paris, NewYork, [Sent(Paris, SurveyKind.Mid, Utc(4, 16, 7))], Utc(4, 17, 7)));
        Assert.Equal(new SurveyDue(SurveyKind.End, Utc(5, 25, 13)), SurveySchedule.Next(TheProgramme, ThePair, NewYork, Paris, [Sent(NewYork, SurveyKind.Mid, Utc(4, 16, 13))], Utc(4, 17, 7)));
    }

    [Fact]
    public void AfterTheEndSurvey_NothingMoreIsDue()
    {
        Assert.Null(SurveySchedule.Next(TheProgramme, ThePair, Paris, NewYork, [Sent(Paris, SurveyKind.Mid, Utc(4, 16, 7)), Sent(Paris, SurveyKind.End, Utc(5, 25, 7))], Utc(5, 26, 7)));
    }

    [Fact]
    public void APause_MovesTheMidSurveyToItsEnd_WhoeverOfThePairIsPaused()
    {
        var paused = Paris with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 4, 20) };

        Assert.Equal(Utc(4, 20, 7), SurveySchedule.Next(TheProgramme, ThePair, paused, NewYork, NoSurveys, Utc(4, 10, 7))!.At);
        Assert.Equal(Utc(4, 20, 13), SurveySchedule.Next(TheProgramme, ThePair, NewYork, paused, NoSurveys, Utc(4, 10, 7))!.At);
    }

    [Fact]
    public void APauseIntoTheLastWeek_DropsTheMidSurvey_AndLeavesTheEndOne()
    {
        var paused = Paris with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 5, 26) };

        Assert.Equal(new SurveyDue(SurveyKind.End, Utc(5, 26, 7)), SurveySchedule.Next(TheProgramme, ThePair, paused, NewYork, NoSurveys, Utc(4, 10, 7)));
    }

    [Fact]
    public void NoSurvey_ForAPauseWithoutEnd_AContinuingOrEndedPair_SomeoneWhoLeft_OrAProgrammeClosedWithoutADate()
    {
        var now = Utc(4, 16, 8);
        Assert.Null(SurveySchedule.Next(TheProgramme, ThePair, Paris with { Status = ParticipantStatus.Paused }, NewYork, NoSurveys, now));
        Assert.Null(SurveySchedule.Next(TheProgramme, ThePair with { ContinuingSince = Utc(4, 1, 0) }, Paris, NewYork, NoSurveys, now));
        Assert.Null(SurveySchedule.Next(TheProgramme, ThePair with { Status = PairStatus.Ended }, Paris, NewYork, NoSurveys, now));
        Assert.Null(SurveySchedule.Next(TheProgramme, ThePair, Paris, NewYork with { Status = ParticipantStatus.Left }, NoSurveys, now));
        Assert.Null(SurveySchedule.Next(TheProgramme with { Status = ProgrammeStatus.Closed }, ThePair, Paris, NewYork, NoSurveys, now));
    }

    [Fact]
    public void NoEndSurvey_AfterTheEndDate()
    {
        var paused = Paris with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 6, 2) };

        Assert.Null(SurveySchedule.Next(TheProgramme, ThePair, paused, NewYork, NoSurveys, Utc(5, 20, 7)));
    }

    [Fact]
    public void OnClosing_TheEndSurveyIsDueAtOnce_InWorkingHours_ButOnlyInsideTheAnswerWindow()
    {
        // Closed on Friday 2 April at 20:00 in Paris: Monday 5 April, 09:00.
        var closed = TheProgramme.Close(Utc(4, 2, 18)).Value;

        Assert.Equal(new SurveyDue(SurveyKind.End, Utc(4, 5, 7)), SurveySchedule.Next(closed, ThePair, Paris, NewYork, [Sent(Paris, SurveyKind.Mid, Utc(3, 20, 7))], Utc(4, 2, 18)));
        Assert.Null(SurveySchedule.Next(closed, ThePair, Paris, NewYork, NoSurveys, Utc(4, 9, 18)));
        Assert.Null(SurveySchedule.Next(closed, ThePair, Paris, NewYork, [Sent(Paris, SurveyKind.End, Utc(3, 30, 7))], Utc(4, 2, 18)));
    }

    [Fact]
    public void TheReminder_ComesThreeDaysAfterTheSurvey_InWorkingHours_Once_AndOnlyWhileUnanswered()
    {
        var sent = Sent(Paris, SurveyKind.Mid, Utc(4, 16, 7));

        // Friday 16 April + 3 days: Monday 19 April, 09:00 in Paris; in New York Monday's hours start at 13:00 UTC.
        Assert.Equal(Utc(4, 19, 7), SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, sent, Utc(4, 16, 8)));
        Assert.Equal(Utc(4, 19, 13), SurveySchedule.ReminderAt(TheProgramme, ThePair, NewYork, Paris, Sent(NewYork, SurveyKind.Mid, Utc(4, 16, 7)), Utc(4, 16, 8)));
        Assert.Null(SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, sent with { RemindedAt = Utc(4, 19, 7) }, Utc(4, 20, 8)));
        Assert.Null(SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, sent with { Answer = new SurveyAnswer(new SelfAssessment(3, 3, 3), 4, 9), AnsweredAt = Utc(4, 17, 7) }, Utc(4, 17, 8)));
        Assert.Null(SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, sent with { AwaitsSending = true }, Utc(4, 19, 8)));
    }

    [Fact]
    public void TheReminder_WaitsForAPause_AndIsDroppedInTheLastWeek_ForAMidSurvey_OrAfterTheEndDate()
    {
        var paused = Paris with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 4, 27) };

        Assert.Equal(Utc(4, 27, 7), SurveySchedule.ReminderAt(TheProgramme, ThePair, paused, NewYork, Sent(Paris, SurveyKind.Mid, Utc(4, 16, 7)), Utc(4, 19, 7)));
        Assert.Null(SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, Sent(Paris, SurveyKind.Mid, Utc(5, 21, 16)), Utc(5, 21, 17)));
        Assert.Equal(Utc(5, 28, 7), SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, Sent(Paris, SurveyKind.End, Utc(5, 25, 7)), Utc(5, 25, 8)));
        Assert.Null(SurveySchedule.ReminderAt(TheProgramme, ThePair, Paris, NewYork, Sent(Paris, SurveyKind.End, Utc(5, 31, 7)), Utc(5, 31, 8)));
    }

    [Fact]
    public void AfterClosing_TheReminderComesOnlyInsideTheAnswerWindow()
    {
        var closed = TheProgramme.Close(Utc(4, 2, 18)).Value;

        Assert.Equal(Utc(4, 8, 7), SurveySchedule.ReminderAt(closed, ThePair, Paris, NewYork, Sent(Paris, SurveyKind.End, Utc(4, 5, 7)), Utc(4, 5, 8)));
        Assert.Null(SurveySchedule.ReminderAt(closed, ThePair, Paris, NewYork, Sent(Paris, SurveyKind.End, Utc(4, 8, 7)), Utc(4, 8, 8)));
        Assert.Null(SurveySchedule.ReminderAt(closed, ThePair, Paris, NewYork, Sent(Paris, SurveyKind.Mid, Utc(3, 30, 7)), Utc(3, 30, 8)));
    }

    [Fact]
    public void Closing_StopsAPairAtOnce_OnlyWhenBothHadTheEndSurvey_ItIsNoLongerFollowed_OrTheWindowIsOver()
    {
        var closed = TheProgramme.Close(Utc(4, 2, 18)).Value;
        Survey[] both = [Sent(Paris, SurveyKind.End, Utc(3, 30, 7)), Sent(NewYork, SurveyKind.End, Utc(3, 30, 13))];

        Assert.True(ClosingWindow.StopsNow(closed, ThePair, both, Utc(4, 2, 18)));
        Assert.False(ClosingWindow.StopsNow(closed, ThePair, [both[0], Sent(NewYork, SurveyKind.Mid, Utc(3, 10, 13))], Utc(4, 2, 18)));
        Assert.True(ClosingWindow.StopsNow(closed, ThePair with { ContinuingSince = Utc(3, 31, 0) }, [], Utc(4, 2, 18)));
        Assert.True(ClosingWindow.StopsNow(closed, ThePair with { Status = PairStatus.Offered }, [], Utc(4, 2, 18)));
        Assert.False(ClosingWindow.StopsNow(closed, ThePair, [], Utc(4, 9, 17)));
        Assert.True(ClosingWindow.StopsNow(closed, ThePair, [], Utc(4, 9, 18)));
    }
}
