using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>
/// The rules of <see cref="NudgeRules"/> one case at a time. The pair started on Monday 4 January 2027 at 09:00 UTC; the
/// mentee works 09:00–17:00 in Paris, the mentor 09:00–17:00 in New York, weekdays; thresholds 21 days without a
/// meeting, 5 without an answer, 2 nudges before escalation.
/// </summary>
public sealed class NudgeRulesTests
{
    private static readonly DateTimeOffset Jan25 = At(1, 25, 0);

    [Fact]
    public void AQuietPair_IsNudged_BothPeople_EachInsideTheirOwnWorkingHours()
    {
        var due = NudgeRules.Due(Situation(), At(1, 26, 12));

        var nudges = due.Where(d => d.Nudge.Kind == NudgeKind.NoMeeting).ToDictionary(d => d.Nudge.UserObjectId);
        Assert.Equal(At(1, 26, 12), nudges["mentee"].At);
        Assert.Equal(At(1, 26, 14), nudges["mentor"].At);
        Assert.All(nudges.Values, d => Assert.Equal(NudgePeriod.QuietSince(Sample.Started), d.Nudge.Period));
        Assert.Contains(nudges["mentee"].Nudge.Reasons, r => r.MessageKey == HealthReasonKeys.NoMeetingYet);
    }

    [Fact]
    public void AQuietPair_IsNotNudged_BeforeDaysWithoutMeeting()
    {
        var due = NudgeRules.Due(Situation(), At(1, 12, 10));

        Assert.All(due.Where(d => d.Nudge.Kind == NudgeKind.NoMeeting), d => Assert.True(d.At >= Jan25 && !d.IsDue(At(1, 12, 10))));
    }

    [Fact]
    public void ANoMeetingNudge_IsNotRepeatedInTheSameQuietSpell_ButANewSpellAfterAMeetingGetsOne()
    {
        Nudge[] sent = [NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, At(1, 26, 12), NudgePeriod.QuietSince(Sample.Started)), NudgeSample.Sent(Sample.Mentor, NudgeKind.NoMeeting, At(1, 26, 14), NudgePeriod.QuietSince(Sample.Started))];
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Sent = sent }, At(2, 10, 12)), d => d.Nudge.Kind == NudgeKind.NoMeeting);

        var met = Sample.CheckIn(Sample.Mentee, At(2, 1, 9)).Answered(At(2, 2, 9));
        var due = NudgeRules.Due(Situation() with { Sent = sent, CheckIns = [met] }, At(2, 10, 12)).Where(d => d.Nudge.Kind == NudgeKind.NoMeeting).ToDictionary(d => d.Nudge.UserObjectId);

        Assert.Equal(NudgePeriod.QuietSince(At(2, 1, 9)), due["mentee"].Nudge.Period);
        Assert.Equal(At(2, 22, 9), due["mentee"].At);
        Assert.Equal(At(2, 22, 14), due["mentor"].At);
    }

    [Fact]
    public void AMeetingBookedAhead_HoldsBackTheNoMeetingNudge()
    {
        var booked = Sample.Pair with { NextMeeting = new PairMeeting(At(2, 1, 14), At(2, 1, 15), "event", null) };

        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Pair = booked }, At(1, 26, 12)), d => d.Nudge.Kind == NudgeKind.NoMeeting);
    }

    [Fact]
    public void AnUnansweredCheckIn_GetsOneReminder_OnTheNextWorkingDay_AndNoSecond()
    {
        var checkIn = Sample.CheckIn(Sample.Mentee, At(1, 18, 9));

        var reminder = NudgeRules.Due(Situation() with { CheckIns = [checkIn] }, At(1, 19, 9)).Single(d => d.Nudge.Kind == NudgeKind.CheckInReminder);

        Assert.Equal(At(1, 25, 8), reminder.At); // Saturday 23 becomes Monday 09:00 in Paris.
        Assert.Equal((checkIn.Period, Role.Mentee), (reminder.Nudge.CheckInPeriod, reminder.Nudge.Role));
        var after = NudgeRules.Due(Situation() with { CheckIns = [checkIn], Sent = [reminder.Sent(reminder.At)] }, At(2, 3, 9));
        Assert.DoesNotContain(after, d => d.Nudge.Kind == NudgeKind.CheckInReminder);
    }

    [Fact]
    public void AnAnsweredCheckIn_GetsNoReminder()
    {
        var checkIn = Sample.CheckIn(Sample.Mentee, At(1, 18, 9)).Answered(At(1, 20, 9));

        Assert.DoesNotContain(NudgeRules.Due(Situation() with { CheckIns = [checkIn] }, At(1, 21, 9)), d => d.Nudge.Kind == NudgeKind.CheckInReminder);
    }

    [Fact]
    public void RepeatedSilence_IsEscalatedToEachLead_InTheirWorkingHours_AfterTheConfiguredCount()
    {
        var kolkata = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Asia/Kolkata");
        var situation = Silent() with { Programme = Sample.Programme with { Leads = ["lead", "lead2"] }, LeadHours = new Dictionary<string, WorkingHours> { ["lead2"] = kolkata } };

        var escalations = NudgeRules.Due(situation, At(2, 1, 15)).Where(d => d.Nudge.Kind == NudgeKind.Escalation).ToDictionary(d => d.Nudge.UserObjectId);

        Assert.Equal(At(2, 1, 15), escalations["lead"].At); // UTC business hours for a lead whose hours are unknown.
        Assert.Equal(new DateTimeOffset(2027, 2, 2, 3, 30, 0, TimeSpan.Zero), escalations["lead2"].At);
        Assert.All(escalations.Values, e => Assert.Equal((NudgePeriod.SilenceSince(At(1, 25, 14)), "t", (Role?)null), (e.Nudge.Period, e.Nudge.TenantId, e.Nudge.Role)));
        Assert.NotEmpty(escalations["lead"].Nudge.Reasons);
    }

    [Fact]
    public void OneUnansweredNudge_IsNotEscalated_WhenTwoAreConfigured()
    {
        var situation = Silent() with { Sent = [Silent().Sent[0]] };

        Assert.DoesNotContain(NudgeRules.Due(situation, At(3, 1, 12)), d => d.Nudge.Kind == NudgeKind.Escalation);
    }

    [Fact]
    public void AResponseToANudge_StartsTheCountAgain()
    {
        var silent = Silent();
        var answered = silent with { Sent = [silent.Sent[0], silent.Sent[1].Respond(NudgeResponse.FoundATime, At(1, 28, 15)).Value] };

        Assert.DoesNotContain(NudgeRules.Due(answered, At(2, 1, 15)), d => d.Nudge.Kind == NudgeKind.Escalation);
    }

    [Fact]
    public void ALeadIsEscalatedToOncePerRunOfSilence()
    {
        var silent = Silent() with { Programme = Sample.Programme with { Leads = ["lead", "lead2"] } };
        var told = silent with { Sent = [.. silent.Sent, NudgeSample.ToLead("lead", At(2, 1, 15), "other")] };

        var escalations = NudgeRules.Due(told, At(2, 8, 15)).Where(d => d.Nudge.Kind == NudgeKind.Escalation);

        Assert.Equal(["lead2"], escalations.Select(e => e.Nudge.UserObjectId));
    }

    [Fact]
    public void ThreeCheckInsInARowUnanswered_AskWhetherToStayPauseOrLeave_Once()
    {
        CheckIn[] three = [Sample.CheckIn(Sample.Mentee, At(1, 18, 9)), Sample.CheckIn(Sample.Mentee, At(2, 1, 9)), Sample.CheckIn(Sample.Mentee, At(2, 15, 9))];

        var asked = NudgeRules.Due(Situation() with { CheckIns = three }, At(2, 22, 10)).Single(d => d.Nudge.Kind == NudgeKind.StayPauseLeave);

        Assert.Equal((At(2, 22, 10), "mentee", three[0].Period), (asked.At, asked.Nudge.UserObjectId, asked.Nudge.Period));
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { CheckIns = three[..2] }, At(2, 22, 10)), d => d.Nudge.Kind == NudgeKind.StayPauseLeave);
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { CheckIns = three, Sent = [asked.Sent(asked.At)] }, At(3, 22, 10)), d => d.Nudge.Kind == NudgeKind.StayPauseLeave);
    }

    [Fact]
    public void APausedPerson_HoldsBackEveryNudgeOfThePair_UntilThePauseEnds()
    {
        var paused = Silent() with { Mentor = Sample.Mentor with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 2, 15) } };

        var due = NudgeRules.Due(paused, At(2, 1, 15));

        Assert.NotEmpty(due);
        Assert.All(due, d => Assert.True(d.At >= At(2, 15, 5), $"{d.Nudge.Kind} at {d.At}"));
        Assert.Empty(NudgeRules.Due(paused with { Mentor = paused.Mentor with { PausedUntil = null } }, At(2, 1, 15)));
    }

    [Fact]
    public void ASnoozedPair_GetsNothingUntilTheSnoozeEnds()
    {
        var snoozed = Situation() with { Snoozes = [NudgeSample.SnoozeBy(Sample.Mentor, At(1, 25, 10), days: 7)] };

        var due = NudgeRules.Due(snoozed, At(1, 26, 12));

        Assert.NotEmpty(due);
        Assert.All(due, d => Assert.True(d.At >= At(2, 1, 10)));
    }

    [Fact]
    public void NothingIsDue_ForAPairThatIsNotActive_SomeoneWhoLeft_OrAfterTheProgrammesEnd()
    {
        Assert.Empty(NudgeRules.Due(Silent() with { Pair = Sample.Pair with { Status = PairStatus.Ended } }, At(2, 1, 15)));
        Assert.Empty(NudgeRules.Due(Silent() with { Mentee = Sample.Mentee with { Status = ParticipantStatus.Left } }, At(2, 1, 15)));
        Assert.Empty(NudgeRules.Due(Situation() with { Programme = Sample.Programme with { EndDate = new DateOnly(2027, 1, 22) } }, At(1, 20, 12)));
    }

    [Fact]
    public void APairLeftAlone_GetsNudgesRemindersAQuestionAndAnEscalation_EachOnce()
    {
        CheckIn[] three = [Sample.CheckIn(Sample.Mentee, At(1, 18, 9)), Sample.CheckIn(Sample.Mentee, At(2, 1, 9)), Sample.CheckIn(Sample.Mentee, At(2, 15, 9))];

        var sent = NudgeSimulation.Run(Situation() with { CheckIns = three }, At(2, 16, 9), At(4, 16, 9));

        var kinds = sent.GroupBy(n => (n.Kind, n.UserObjectId)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, kinds[(NudgeKind.CheckInReminder, "mentee")]);
        Assert.Equal(1, kinds[(NudgeKind.StayPauseLeave, "mentee")]);
        Assert.Equal(1, kinds[(NudgeKind.Escalation, "lead")]);
        Assert.Equal(1, kinds[(NudgeKind.NoMeeting, "mentor")]); // One per quiet spell: the silence after it is the lead's to handle.
        Assert.False(kinds.ContainsKey((NudgeKind.StayPauseLeave, "mentor")));
    }

    private static DateTimeOffset At(int month, int day, int hour) => new(2027, month, day, hour, 0, 0, TimeSpan.Zero);

    private static NudgeSituation Situation() => new() { Programme = Sample.Programme with { Nudges = new NudgeThresholds(21, 5, 2) }, Pair = Sample.Pair, Mentee = Sample.Mentee, Mentor = Sample.Mentor };

    // The mentor was nudged on 25 January and reminded on 27 January, and said nothing.
    private static NudgeSituation Silent() => Situation() with
    {
        Sent = [NudgeSample.Sent(Sample.Mentor, NudgeKind.NoMeeting, At(1, 25, 14), NudgePeriod.QuietSince(Sample.Started)), NudgeSample.Sent(Sample.Mentor, NudgeKind.CheckInReminder, At(1, 27, 14), "x")],
    };
}
