using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Nudges;

/// <summary>Snooze a week on a nudge card, and `snooze` / `reporter` typed: recorded once, honoured by the dispatcher, bad input refused.</summary>
public sealed class SnoozeTests : IAsyncLifetime
{
    private const string NudgeWords = "Time to meet";
    private readonly NudgeRig _w = new();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task SnoozeAWeek_ReplacesTheCardInPlace_AndRecordsOneSnooze()
    {
        Assert.Equal(2, await _w.DispatchAsync());
        var card = Assert.Single(_w.CardsTo(_w.Ada, NudgeWords));

        var (_, snoozed) = await _w.PressAsync(_w.Ada, card, "Snooze a week");

        Assert.Contains("Snoozed: no nudge about meeting Max Mentor until 20 January.", snoozed!.ToString());
        Assert.DoesNotContain(snoozed.SelectTokens("$..actions[*].verb"), v => v.ToString() == NudgeCard.SnoozeVerb);
        var snooze = Assert.Single(await _w.SnoozesAsync());
        Assert.Equal((NudgeRig.Start.AddDays(7), _w.Ada.ObjectId), (snooze.Until, snooze.ByUserObjectId));
        Assert.Equal(NudgeResponse.Snoozed, Assert.Single(await _w.NudgesToAsync(_w.Ada, NudgeKind.NoMeeting)).Response);
    }

    [Fact]
    public async Task SnoozeAWeek_PressedTwice_RecordsOneSnooze_AndTheSecondPressSaysSo()
    {
        await _w.DispatchAsync();
        var card = Assert.Single(_w.CardsTo(_w.Ada, NudgeWords));
        await _w.PressAsync(_w.Ada, card, "Snooze a week");
        _w.Clock.Advance(TimeSpan.FromMinutes(3));

        var (replies, again) = await _w.PressAsync(_w.Ada, card, "Snooze a week");

        Assert.Contains("Already snoozed", replies.Texts());
        Assert.Contains("until 20 January", again!.ToString());
        Assert.Equal(NudgeRig.Start.AddDays(7), Assert.Single(await _w.SnoozesAsync()).Until);
    }

    [Fact]
    public async Task ASnoozedPair_GetsNoNudgeUntilTheSnoozeEnds_ThenIsNudgedAgain()
    {
        // A no-meeting nudge goes once per quiet spell; what falls inside the snooze is Max's reminder of a check-in
        // sent yesterday, due five days on (Monday), and held until the snooze ends next Wednesday.
        await _w.SeedCheckInAsync(_w.Max, Dialogs.Domain.Participants.Role.Mentor, daysAgo: 1);
        Assert.Equal(2, await _w.DispatchAsync());
        await _w.PressAsync(_w.Ada, Assert.Single(_w.CardsTo(_w.Ada, NudgeWords)), "Snooze a week");

        _w.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await _w.DispatchAsync());
        _w.Clock.Advance(TimeSpan.FromDays(1));

        // With it, the faded question to both: a month without a meeting or an answer, and each nudged once already.
        Assert.Equal(3, await _w.DispatchAsync());
        Assert.Equal(2, (await _w.Nudges.ForPairAsync(_w.Programme.Id, _w.Pair.Id, default)).Count(n => n.Kind == NudgeKind.Faded && n.SentAt == NudgeRig.Start.AddDays(7)));

        var reminder = Assert.Single(await _w.NudgesToAsync(_w.Max, NudgeKind.CheckInReminder));
        Assert.Equal(NudgeRig.Start.AddDays(7), reminder.SentAt);
    }

    [Fact]
    public async Task SnoozeAWeek_WhenThePairIsSnoozedLongerAlready_SaysSo_AndChangesNothing()
    {
        await _w.DispatchAsync();
        await _w.SendAsync(_w.Max, "snooze 20d");

        var (replies, card) = await _w.PressAsync(_w.Ada, Assert.Single(_w.CardsTo(_w.Ada, NudgeWords)), "Snooze a week");

        Assert.Contains("Already snoozed: no nudge about meeting Max Mentor until 2 February", replies.Texts());
        Assert.Contains("until 2 February", card!.ToString());
        Assert.Equal(_w.Max.ObjectId, Assert.Single(await _w.SnoozesAsync()).ByUserObjectId);
        Assert.Null(Assert.Single(await _w.NudgesToAsync(_w.Ada, NudgeKind.NoMeeting)).Response);
    }

    [Fact]
    public async Task AForgedNudgeId_IsRefused_AndNothingIsStored()
    {
        await _w.DispatchAsync();
        var data = (JObject)JObject.Parse(Assert.Single(_w.CardsTo(_w.Ada, NudgeWords)).ToJsonString()).SelectToken($"$..actions[?(@.verb == '{NudgeCard.SnoozeVerb}')].data")!;
        var forged = new JObject(data.Properties()) { [NudgeCard.NudgeIdField] = "20270101T0000Zq" };

        var (replies, card) = await _w.Rig.InvokeAsync(_w.Ada, NudgeCard.SnoozeVerb, forged);

        Assert.Contains("That nudge is not one of yours", replies.Texts());
        Assert.Null(card);
        Assert.Empty(await _w.SnoozesAsync());
        Assert.Null(Assert.Single(await _w.NudgesToAsync(_w.Ada, NudgeKind.NoMeeting)).Response);
    }

    [Theory]
    [InlineData("en-US", "snooze 3d", "Snoozed: no nudge about meeting Max Mentor until 16 January.")]
    [InlineData("fr-FR", "reporter 3j", "Reporté : plus de relance pour rencontrer Max Mentor avant le 16 janvier.")]
    public async Task TheSnoozeCommand_SnoozesThePairForTheLengthGiven_AndSaysUntilWhen(string locale, string command, string expected)
    {
        var replies = await _w.SendAsync(_w.Ada with { Locale = locale }, command);

        Assert.Equal(expected, replies.Texts());
        Assert.Equal(NudgeRig.Start.AddDays(3), Assert.Single(await _w.SnoozesAsync()).Until);
    }

    [Theory]
    [InlineData("en-US", "snooze 99", "between 1 and 30 days")]
    [InlineData("en-US", "snooze soon", "between 1 and 30 days")]
    [InlineData("fr-FR", "reporter 0j", "entre 1 et 30 jours")]
    public async Task TheSnoozeCommand_WithALengthOutOfRange_IsRefused_AndNothingIsStored(string locale, string command, string expected)
    {
        var replies = await _w.SendAsync(_w.Ada with { Locale = locale }, command);

        Assert.Contains(expected, replies.Texts());
        Assert.Empty(await _w.SnoozesAsync());
    }

    [Fact]
    public async Task TheSnoozeCommand_ForAMentorOfTwoMentees_SnoozesBothPairs_AndNamesEach()
    {
        var second = await _w.PairAsync(_w.Nia, _w.Max);

        var replies = await _w.SendAsync(_w.Max, "snooze");

        Assert.Contains("meeting Ada Lovelace until 20 January", replies.Texts());
        Assert.Contains("meeting Nia Next until 20 January", replies.Texts());
        Assert.Single(await _w.SnoozesAsync());
        Assert.Single(await _w.SnoozesAsync(second));
    }

    [Fact]
    public async Task TheSnoozeCommand_WithNoActivePair_SaysSo()
    {
        var replies = await _w.SendAsync(_w.Nia, "snooze 3d");

        Assert.Contains("You have no active mentoring pair", replies.Texts());
    }

    [Fact]
    public async Task ASnoozeTyped_BeforeAnyNudge_HoldsTheDispatcherUntilItEnds()
    {
        await _w.SendAsync(_w.Ada, "snooze 2d");

        Assert.Equal(0, await _w.DispatchAsync());
        _w.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(2, await _w.DispatchAsync());
        Assert.Single(_w.CardsTo(_w.Ada, NudgeWords));
    }
}
