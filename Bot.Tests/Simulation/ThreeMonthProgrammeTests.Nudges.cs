using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>This part: nudges, reminders, escalations, stay/pause/leave and faded questions and the leads' faded cards, against <see cref="ExpectedNudges"/>.</summary>
public sealed partial class ThreeMonthProgrammeTests
{
    private static readonly string[] NudgeKinds = ["nudge", "reminder", "escalation", "staypauseleave", "faded", "fadedlead"];

    private ExpectedNudges ExpectedNudges => run.Nudges;

    private IEnumerable<(Dialogs.Abstractions.Messaging.OutgoingMessage Message, DateTimeOffset At)> NudgesDelivered =>
        NudgeKinds.SelectMany(Simulation.Delivered);

    [Fact]
    public void ThreeMonths_SendExactlyTheExpectedNudgesRemindersEscalationsAndQuestions_AtTheExpectedRuns()
    {
        var sent = NudgesDelivered.Select(d => (d.Message.Key.Value, d.At)).OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
        var expected = ExpectedNudges.All.Select(e => (e.Key, e.At)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

        // Every kind happens in the scenario, so none of them can be missing and still pass.
        foreach (var kind in NudgeKinds)
            Assert.True(expected.Count(e => e.Key.StartsWith(kind + ":", StringComparison.Ordinal)) >= 5, $"the scenario should produce several of kind {kind}");
        Assert.Equal(expected, sent);
        Assert.Equal(0, Simulation.Messenger.Repeats);
    }

    [Fact]
    public async Task EveryNudge_IsRecordedOnThePairOnce_SentAndNoneIsLeftUnsent()
    {
        var stored = await Simulation.Service<NudgeStore>().InProgrammeAsync(Simulation.Programme.Id, default);

        Assert.Equal(ExpectedNudges.All.Count, stored.Count);
        Assert.DoesNotContain(stored, n => n.AwaitsSending);
        Assert.All(stored, n => Assert.Contains(ExpectedNudges.All, e => e.Key.EndsWith(":" + n.Period, StringComparison.Ordinal) && e.At == n.SentAt));
    }

    [Fact]
    public void EveryNudge_ArrivesInsideItsRecipientsWorkingHours_TheLeadsInUtcBusinessHours()
    {
        foreach (var (message, at) in NudgesDelivered)
        {
            var person = Simulation.Pairs.SelectMany(p => new[] { p.Mentee, p.Mentor }).SingleOrDefault(p => p.UserObjectId == message.UserObjectId);
            var working = person is null ? ExpectedNudges.LeadIsWorking(at) : ExpectedCheckIns.IsWorking(person, at);
            Assert.True(working, $"{message.Key} reached {message.UserObjectId} at {at:O}, outside their working hours");
        }
    }

    [Fact]
    public void NoNudge_ArrivesWhileEitherPersonIsPaused_AndPausedPairsAreNudgedOnceBackFromALongSilence()
    {
        foreach (var pair in Simulation.Pairs.Where(p => p.Behaviour == PairBehaviour.PausedPartWay))
        {
            var theirs = NudgesDelivered.Where(d => d.Message.Key.Value.Contains(pair.Id + "|", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(theirs, d => ExpectedCheckIns.IsPaused(pair, pair.Pauser, d.At));
            Assert.All(theirs, d => Assert.True(d.At > pair.PauseSetAt, $"{d.Message.Key} at {d.At:O}: a pair that meets is nudged only after its pause"));

            // One nudge each at most: the first "we met" answer after the pause ends the spell for both of them.
            Assert.InRange(theirs.Count(d => d.Message.Key.Value.StartsWith("nudge:", StringComparison.Ordinal)), 1, 2);
        }
    }

    [Fact]
    public void NoNudge_ArrivesWhileThePairIsSnoozed_AndTheyResumeWhenTheSnoozeEnds()
    {
        var snoozes = ExpectedNudges.Snoozes;
        Assert.True(snoozes.Count >= 3, "the snoozing pairs should snooze");
        foreach (var (pair, _, at) in snoozes)
        {
            var theirs = NudgesDelivered.Where(d => d.Message.Key.Value.Contains(pair.Id + "|", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(theirs, d => d.At >= at && d.At < at.AddDays(7));
        }

        Assert.Contains(NudgesDelivered, d => snoozes.Any(s => d.Message.Key.Value.Contains(s.Pair.Id + "|", StringComparison.Ordinal) && d.At >= s.At.AddDays(7)));
    }

    [Fact]
    public void OnlySilentPairs_AreAskedWhetherToKeepGoing_SixWeeksIntoTheSilence_AndTheLeadDecidesAWeekLater()
    {
        var asked = Simulation.Delivered("faded");
        var cards = Simulation.Delivered("fadedlead");
        Assert.All(asked.Concat(cards), d => Assert.Contains(Simulation.Pairs, p => p.Behaviour == PairBehaviour.Silent && d.Message.Key.Value.Contains(p.Id + "|", StringComparison.Ordinal)));
        foreach (var pair in Simulation.Pairs.Where(p => p.Behaviour == PairBehaviour.Silent && p.Started.AddDays(49 + 3) < ThreeMonthProgramme.MonthEnds[^1]))
        {
            var theirs = asked.Where(d => d.Message.Key.Value.Contains(pair.Id + "|", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, theirs.Count);
            // Six weeks in, at the first run inside each one's working hours (a weekend and a time zone may add up to four days).
            Assert.All(theirs, d => Assert.InRange(d.At - pair.Started, TimeSpan.FromDays(42), TimeSpan.FromDays(46)));
            var card = Assert.Single(cards, d => d.Message.Key.Value.Contains(pair.Id + "|", StringComparison.Ordinal));
            Assert.InRange(card.At - theirs.Max(d => d.At), TimeSpan.FromDays(7), TimeSpan.FromDays(10));
            Assert.Equal(Simulation.Programme.Leads[0], card.Message.UserObjectId);
        }
    }

    [Fact]
    public async Task TheEscalationCard_ShowsTheLeadWhatWasAlreadyTried()
    {
        var escalations = Simulation.Delivered("escalation");
        Assert.NotEmpty(escalations);
        var nudges = Simulation.Service<NudgeStore>();
        foreach (var (message, at) in escalations)
        {
            var pairId = message.Key.Value.Split(':', '|')[1];
            var tried = WhatWasTried.Of(
                (await Simulation.Service<PairStore>().GetVersionedAsync(Simulation.Programme.Id, pairId, default))!.Value.Pair,
                await nudges.ForPairAsync(Simulation.Programme.Id, pairId, default),
                await nudges.SnoozesForPairAsync(Simulation.Programme.Id, pairId, default),
                at).Where(a => !(a.Kind == NudgeKind.Escalation && a.At == at)).ToList();
            Assert.True(tried.Count(a => a.Kind is NudgeKind.NoMeeting or NudgeKind.CheckInReminder) >= 2, $"an escalation about {pairId} follows at least two nudges");
            var card = string.Join('\n', Texts(message.Card));
            Assert.All(WhatWasTried.Latest(tried, EscalationView.TriedShown), a => Assert.Contains(AttemptText.Line(a, "UTC", new Localizer("en")), card, StringComparison.Ordinal));
        }
    }

    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => [.. (o["type"]?.GetValue<string>() == "TextBlock" ? [(string)o["text"]!] : Array.Empty<string>()).Concat(o.SelectMany(p => Texts(p.Value)))],
        JsonArray a => [.. a.SelectMany(Texts)],
        _ => [],
    };
}
