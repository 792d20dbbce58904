using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>
/// The faded-relationship rows of <see cref="NudgeRules"/>: the pair of <see cref="Sample"/> (started Monday 4 January
/// 2027, 09:00 UTC; mentee in Paris, mentor in New York, lead "lead" in UTC business hours), 21 days without a meeting,
/// so the question comes 42 days into a silence: Monday 15 February.
/// </summary>
public sealed class FadedRulesTests
{
    private static readonly string Spell = NudgePeriod.Faded(Sample.Started);

    [Fact]
    public void AQuietPair_WithNoCheckInAnswer_IsAskedKeepGoingPauseOrEnd_TwiceDaysWithoutMeetingIn_EachInTheirHours()
    {
        var due = NudgeRules.Due(Situation(), At(2, 15, 8)).Where(d => d.Nudge.Kind == NudgeKind.Faded).ToDictionary(d => d.Nudge.UserObjectId);

        Assert.Equal(At(2, 15, 9), due["mentee"].At);
        Assert.Equal(At(2, 15, 14), due["mentor"].At);
        Assert.All(due.Values, d => Assert.Equal((Spell, Sample.Started), (d.Nudge.Period, d.Nudge.QuietSince)));
        Assert.All(NudgeRules.Due(Situation(), At(2, 1, 8)).Where(d => d.Nudge.Kind == NudgeKind.Faded), d => Assert.False(d.IsDue(At(2, 14, 23))));
    }

    [Fact]
    public void ACheckInAnswer_InTheSpell_PushesTheQuestionBack_ToTwiceDaysWithoutMeetingAfterIt()
    {
        var notMet = Sample.CheckIn(Sample.Mentor, At(1, 18, 14)).Answered(At(1, 20, 15), met: Met.NotYet);

        var due = NudgeRules.Due(Situation() with { CheckIns = [notMet] }, At(2, 15, 8)).Single(d => d.Nudge.Kind == NudgeKind.Faded && d.Nudge.UserObjectId == "mentee");

        Assert.Equal(At(3, 3, 15), due.At);
        Assert.Equal(Spell, due.Nudge.Period);
    }

    [Fact]
    public void TheQuestion_IsAskedOncePerQuietSpell_AndAMeetingStartsANewSpell()
    {
        var asked = Asked(At(2, 15, 9), At(2, 15, 14));
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Sent = asked }, At(2, 20, 12)), d => d.Nudge.Kind == NudgeKind.Faded);

        var met = Sample.CheckIn(Sample.Mentee, At(2, 16, 9)).Answered(At(2, 16, 10));
        var nudgedAgain = NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, At(3, 10, 9), NudgePeriod.QuietSince(At(2, 16, 9))) with { QuietSince = At(2, 16, 9) };
        var next = NudgeRules.Due(Situation() with { Sent = [.. asked, nudgedAgain], CheckIns = [met] }, At(3, 10, 12)).Single(d => d.Nudge.Kind == NudgeKind.Faded && d.Nudge.UserObjectId == "mentee");
        Assert.Equal(NudgePeriod.Faded(At(2, 16, 9)), next.Nudge.Period);
    }

    [Fact]
    public void TheQuestion_ComesOnlyAfterThePersonWasSentTheSpellsNoMeetingNudge_SoTheTwoNeverArriveTogether()
    {
        var bare = Situation() with { Sent = [] };
        Assert.DoesNotContain(NudgeRules.Due(bare, At(2, 17, 12)), d => d.Nudge.Kind == NudgeKind.Faded);
        Assert.Contains(NudgeRules.Due(bare, At(2, 17, 12)), d => d.Nudge.Kind == NudgeKind.NoMeeting && d.Nudge.UserObjectId == "mentee");

        var menteeOnly = Situation() with { Sent = [NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, At(2, 17, 12), NudgePeriod.QuietSince(Sample.Started)) with { QuietSince = Sample.Started }] };
        var due = NudgeRules.Due(menteeOnly, At(2, 17, 13));
        Assert.Equal(At(2, 17, 13), Assert.Single(due, d => d.Nudge.Kind == NudgeKind.Faded).At);
        Assert.DoesNotContain(due, d => d.Nudge.Kind == NudgeKind.NoMeeting && d.Nudge.UserObjectId == "mentee");
    }

    [Fact]
    public void AfterTheQuestion_TheNextSpellsNoMeetingNudge_WaitsDaysWithoutMeetingAfterIt()
    {
        var met = Sample.CheckIn(Sample.Mentee, At(2, 16, 9)).Answered(At(2, 16, 10));
        var situation = Situation() with { Sent = [.. Nudged(), NudgeSample.Sent(Sample.Mentee, NudgeKind.Faded, At(2, 25, 9), Spell)], CheckIns = [met] };

        var next = NudgeRules.Due(situation, At(2, 26, 9)).Single(d => d.Nudge.Kind == NudgeKind.NoMeeting && d.Nudge.UserObjectId == "mentee");

        Assert.Equal(At(3, 18, 9), next.At);
    }

    [Fact]
    public void TheLeads_GetACardAWeekAfterBothWereAsked_WhenNeitherAnswered_OnceInTheirHours()
    {
        var asked = Asked(At(2, 15, 9), At(2, 15, 14));

        var card = NudgeRules.Due(Situation() with { Sent = asked }, At(2, 16, 9)).Single(d => d.Nudge.Kind == NudgeKind.FadedToLeads);

        Assert.Equal(At(2, 22, 14), card.At);
        Assert.Equal(("lead", Spell, (Role?)null), (card.Nudge.UserObjectId, card.Nudge.Period, card.Nudge.Role));
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Sent = [.. asked, card.Sent(card.At)] }, At(2, 23, 9)), d => d.Nudge.Kind == NudgeKind.FadedToLeads);
    }

    [Fact]
    public void NoCardGoesToTheLeads_WhenEitherAnsweredTheQuestion_OrACheckInSince_OrOnlyOneWasAsked()
    {
        var asked = Asked(At(2, 15, 9), At(2, 15, 14));
        var keptGoing = asked.Select(n => n.UserObjectId == "mentor" ? n.Respond(NudgeResponse.KeepGoing, At(2, 18, 15)).Value : n).ToArray();
        var checkIn = Sample.CheckIn(Sample.Mentee, At(2, 16, 9)).Answered(At(2, 16, 10), met: Met.NotYet);

        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Sent = keptGoing }, At(2, 23, 9)), d => d.Nudge.Kind == NudgeKind.FadedToLeads);
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Sent = asked, CheckIns = [checkIn] }, At(2, 23, 9)), d => d.Nudge.Kind == NudgeKind.FadedToLeads);
        Assert.DoesNotContain(NudgeRules.Due(Situation() with { Sent = [.. Nudged(), asked[2]] }, At(2, 23, 9)), d => d.Nudge.Kind == NudgeKind.FadedToLeads);
    }

    [Fact]
    public void AnEscalation_AndTheLeadsFadedCard_MayBothComeAboutTheSameSilence()
    {
        var silent = Situation() with
        {
            Sent =
            [
                NudgeSample.Sent(Sample.Mentor, NudgeKind.NoMeeting, At(1, 25, 14), NudgePeriod.QuietSince(Sample.Started)),
                NudgeSample.Sent(Sample.Mentor, NudgeKind.CheckInReminder, At(1, 27, 14), "x"),
                NudgeSample.ToLead("lead", At(2, 1, 9)),
                .. Asked(At(2, 15, 9), At(2, 15, 14)),
            ],
        };

        Assert.Contains(NudgeRules.Due(silent, At(2, 16, 9)), d => d.Nudge.Kind == NudgeKind.FadedToLeads);
    }

    private static Nudge[] Asked(DateTimeOffset mentee, DateTimeOffset mentor) =>
    [
        .. Nudged(),
        NudgeSample.Sent(Sample.Mentee, NudgeKind.Faded, mentee, Spell),
        NudgeSample.Sent(Sample.Mentor, NudgeKind.Faded, mentor, Spell),
    ];

    // The spell's no-meeting nudges, 21 days in: the question only ever follows them.
    private static Nudge[] Nudged() =>
    [
        NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, At(1, 25, 9), NudgePeriod.QuietSince(Sample.Started)) with { QuietSince = Sample.Started },
        NudgeSample.Sent(Sample.Mentor, NudgeKind.NoMeeting, At(1, 25, 14), NudgePeriod.QuietSince(Sample.Started)) with { QuietSince = Sample.Started },
    ];

    private static DateTimeOffset At(int month, int day, int hour) => new(2027, month, day, hour, 0, 0, TimeSpan.Zero);

    private static NudgeSituation Situation() => new() { Programme = Sample.Programme with { Nudges = new NudgeThresholds(21, 5, 2) }, Pair = Sample.Pair, Mentee = Sample.Mentee, Mentor = Sample.Mentor, Sent = Nudged() };
}
