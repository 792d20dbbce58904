using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>What the lead is shown as already tried for a pair: every nudge and snooze, in time order, as known at an instant.</summary>
public sealed class WhatWasTriedTests
{
    private static readonly DateTimeOffset Day21 = Sample.Started.AddDays(21);

    [Fact]
    public void Attempts_AreThePairsNudgesAndSnoozes_InTimeOrder()
    {
        Nudge[] nudges =
        [
            NudgeSample.ToLead("lead", Day21.AddDays(10)),
            NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, Day21).Respond(NudgeResponse.Snoozed, Day21.AddHours(2)).Value,
            NudgeSample.Sent(Sample.Mentor, NudgeKind.CheckInReminder, Day21.AddDays(1)),
            NudgeSample.Sent(Sample.Mentor, NudgeKind.NoMeeting, Day21) with { PairId = "someone~else" },
        ];

        var tried = WhatWasTried.Of(Sample.Pair, nudges, [NudgeSample.SnoozeBy(Sample.Mentee, Day21.AddHours(2))], Day21.AddDays(20));

        Assert.Equal(
            [(NudgeKind.NoMeeting, Role.Mentee, Day21), (null, Role.Mentee, Day21.AddHours(2)), (NudgeKind.CheckInReminder, Role.Mentor, Day21.AddDays(1)), (NudgeKind.Escalation, null, Day21.AddDays(10))],
            tried.Select(a => (a.Kind, a.Role, a.At)));
        Assert.Equal(NudgeResponse.Snoozed, tried[0].Response);
        Assert.Equal(Day21.AddHours(2).AddDays(7), tried[1].SnoozedUntil);
        Assert.True(tried[3].ToLead);
    }

    [Fact]
    public void WhatHappenedAfterTheInstant_IsNotShown()
    {
        Nudge[] nudges = [NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, Day21).Respond(NudgeResponse.FoundATime, Day21.AddDays(2)).Value, NudgeSample.Sent(Sample.Mentor, NudgeKind.NoMeeting, Day21.AddDays(3))];

        var tried = WhatWasTried.Of(Sample.Pair, nudges, [], Day21.AddDays(1));

        Assert.Equal((NudgeKind.NoMeeting, (NudgeResponse?)null), (tried.Single().Kind, tried.Single().Response));
    }

    [Fact]
    public void ASecondResponse_IsRefused_AndTheFirstStands()
    {
        var snoozed = NudgeSample.Sent(Sample.Mentee, NudgeKind.NoMeeting, Day21).Respond(NudgeResponse.Snoozed, Day21.AddHours(1)).Value;

        Assert.False(snoozed.Respond(NudgeResponse.FoundATime, Day21.AddHours(2)).IsDone);
    }
}
