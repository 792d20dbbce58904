using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Health;

/// <summary>What must hold for every history, on hundreds of random ones (see <see cref="RandomHistory"/>).</summary>
public sealed class HealthPropertyTests
{
    [Property(MaxTest = 300)]
    public Property MoreTimeInSilence_NeverImprovesTheState() => Prop.ForAll(RandomHistory.Any, h =>
    {
        var later = h.Now.AddMinutes(h.Extra.Next(1, 60 * 24 * 60));
        var before = State(h, h.CheckIns, h.Now);
        var after = State(h, h.CheckIns, later);
        return IsScale(before) && IsScale(after) && after >= before;
    });

    [Property(MaxTest = 300)]
    public Property AnotherUnansweredCheckIn_NeverImprovesTheState() => Prop.ForAll(RandomHistory.Any, h =>
    {
        var person = RandomHistory.PersonOf(h.Extra);
        var sent = After(LatestOf(h, person), h.Now, h.Extra);
        var silence = Sample.CheckIn(person, sent);
        return State(h, [.. h.CheckIns, silence], h.Now) >= State(h, h.CheckIns, h.Now);
    });

    [Property(MaxTest = 300)]
    public Property AGoodAnswerThatTheyMet_NeverWorsensTheState() => Prop.ForAll(RandomHistory.Any, h =>
    {
        // Met, the top rating, progress, and no doubt about fit: nothing in it is a reason for concern.
        var extra = h.Extra;
        var person = RandomHistory.PersonOf(extra);
        var sent = After(LatestOf(h, person), h.Now, extra);
        var answer = Sample.CheckIn(person, sent).Answered(h.Now, Met.Yes, 5, (GoalProgress)extra.Next(1, 4), extra.Next(2) == 0 ? Fit.GoodFit : null);
        return State(h, [.. h.CheckIns, answer], h.Now) <= State(h, h.CheckIns, h.Now);
    });

    [Property(MaxTest = 200)]
    public Property APause_OverridesWhateverElseHappened() => Prop.ForAll(RandomHistory.Any, h =>
    {
        var until = h.Extra.Next(2) == 0 ? (DateOnly?)null : DateOnly.FromDateTime(h.Now.UtcDateTime).AddDays(h.Extra.Next(2, 60));
        var paused = Sample.Mentor with { Status = ParticipantStatus.Paused, PausedUntil = until };
        return HealthRules.Of(h.Programme, h.Pair, Sample.Mentee, paused, h.CheckIns, h.Now)!.State == HealthState.Paused;
    });

    [Property(MaxTest = 200)]
    public Property APairEndedBeforeTheProgrammesEnd_IsEnded_WhateverItsHistory() => Prop.ForAll(RandomHistory.Any, h =>
    {
        var ended = h.Pair with { Status = PairStatus.Ended, ClosedAt = h.Now };
        var health = HealthRules.Of(h.Programme, ended, Sample.Mentee, Sample.Mentor, h.CheckIns, h.Now.AddDays(h.Extra.Next(0, 400)))!;
        return health.State == HealthState.Ended && health.Reasons.Count == 0;
    });

    [Property(MaxTest = 300)]
    public Property TheState_IsTheWorstOfItsReasons() => Prop.ForAll(RandomHistory.Any, h =>
    {
        var health = HealthRules.Of(h.Programme, h.Pair, Sample.Mentee, Sample.Mentor, h.CheckIns, h.Now)!;
        return health.Reasons.Count == 0 ? health.State == HealthState.OnTrack : health.State == health.Reasons.Max(r => r.Severity);
    });

    private static HealthState State(RandomHistory h, IReadOnlyList<CheckIn> checkIns, DateTimeOffset now) =>
        HealthRules.Of(h.Programme, h.Pair, Sample.Mentee, Sample.Mentor, checkIns, now)!.State;

    private static bool IsScale(HealthState state) => state <= HealthState.Stalled;

    private static DateTimeOffset LatestOf(RandomHistory h, Participant person) =>
        h.CheckIns.Where(c => c.UserObjectId == person.UserObjectId).Select(c => c.SentAt).DefaultIfEmpty(Sample.Started).Max();

    // Strictly after the person's latest check-in and before now, so the new one is their latest.
    private static DateTimeOffset After(DateTimeOffset latest, DateTimeOffset now, Random random) =>
        latest.AddMinutes((0.01 + (0.98 * random.NextDouble())) * (now - latest).TotalMinutes);
}
