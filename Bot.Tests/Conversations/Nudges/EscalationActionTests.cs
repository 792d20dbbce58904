using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Nudges;

/// <summary>The three buttons of a lead's escalation card: each acts once, records the lead's response, and turns the card into what was done.</summary>
public sealed class EscalationActionTests : IAsyncLifetime
{
    private readonly EscalationRig _e = new();

    public Task InitializeAsync() => _e.InitializeAsync();

    public Task DisposeAsync() => _e.DisposeAsync();

    [Fact]
    public async Task NudgeAgain_SendsBothAFreshNudgeCard_RecordsTheResponse_AndShowsItDone()
    {
        var card = await _e.EscalateAsync();

        var (_, done) = await _e.PressAsync(_e.Lead, card, EscalationCard.NudgeVerb);

        foreach (var (person, partner) in new[] { (_e.W.Ada, "Max Mentor"), (_e.W.Max, "Ada Lovelace") })
        {
            var nudge = Assert.Single(_e.Messenger.CardsTo(person.ObjectId));
            Assert.Contains(NudgeCard.SnoozeVerb, nudge.ToJsonString());
            Assert.Contains(partner, nudge.ToJsonString());
        }

        var recorded = (await _e.Nudges.ForPairAsync(_e.W.Programme.Id, _e.W.Pair.Id, default)).Where(n => n.Kind == NudgeKind.NoMeeting).ToList();
        Assert.Equal(2, recorded.Count);
        Assert.All(recorded, n => Assert.Equal((NudgePeriod.ByLead(EscalationRig.Period), false), (n.Period, n.AwaitsSending)));
        Assert.Equal(NudgeResponse.NudgedAgain, (await _e.EscalationOfAsync(_e.Lead)).Response);
        Assert.Empty(done!.SelectTokens("$..actions[*]"));
        Assert.Contains("nudged again", done.ToString());
        Assert.Contains("were each sent a fresh nudge", done.ToString());
    }

    [Fact]
    public async Task NudgeAgain_PressedTwice_SendsNothingTwice_AndSaysItWasAlreadyDone()
    {
        var card = await _e.EscalateAsync();
        await _e.PressAsync(_e.Lead, card, EscalationCard.NudgeVerb);
        var sent = _e.Messenger.Sent.Count;

        var (replies, again) = await _e.PressAsync(_e.Lead, card, EscalationCard.NudgeVerb);

        Assert.Contains("already dealt with", replies.Texts());
        Assert.Equal(sent, _e.Messenger.Sent.Count);
        Assert.Equal(0, _e.Messenger.Repeats);
        Assert.Empty(again!.SelectTokens("$..actions[*]"));
    }

    [Fact]
    public async Task NudgeAgain_ByTwoLeadsOfTheSameEscalation_SendsEachPersonOneNudge()
    {
        var second = TeamsUser.Create("Sam Second lead");
        await _e.AddLeadAsync(second);
        var first = await _e.EscalateAsync();
        var theirs = await _e.EscalateAsync(second);

        await _e.PressAsync(_e.Lead, first, EscalationCard.NudgeVerb);
        var (_, done) = await _e.PressAsync(second, theirs, EscalationCard.NudgeVerb);

        Assert.Single(_e.Messenger.CardsTo(_e.W.Ada.ObjectId));
        Assert.Single(_e.Messenger.CardsTo(_e.W.Max.ObjectId));
        Assert.Contains("already nudged again", done!.ToString());
        Assert.Equal(NudgeResponse.NudgedAgain, (await _e.EscalationOfAsync(second)).Response);
    }

    [Fact]
    public async Task MessageBoth_SendsTheLeadsTextToBoth_Literally_Signed_Once()
    {
        var card = await _e.EscalateAsync();
        const string hostile = "**Meet** please: [your MFA](https://evil.example)";

        var (_, done) = await _e.PressAsync(_e.Lead, card, EscalationCard.MessageVerb, hostile);
        await _e.PressAsync(_e.Lead, card, EscalationCard.MessageVerb, hostile);

        foreach (var person in new[] { _e.W.Ada, _e.W.Max })
        {
            var text = Assert.Single(_e.Messenger.TextsTo(person.ObjectId));
            Assert.StartsWith("A message from Lena Lead, lead of Data mentoring:", text);
            Assert.Contains(Markdown.Literal(hostile), text);
            Assert.DoesNotContain("](https://evil.example)", text);
        }

        Assert.Equal(NudgeResponse.MessagedBoth, (await _e.EscalationOfAsync(_e.Lead)).Response);
        Assert.Empty(done!.SelectTokens("$..actions[*]"));
        Assert.Contains("Your message was sent to Ada Lovelace and Max Mentor", done.ToString());
    }

    [Theory]
    [InlineData("", "Write a message")]
    [InlineData("   \n ", "Write a message")]
    [InlineData(null, "Write a message")]
    public async Task MessageBoth_WithoutText_SaysSo_AndChangesNothing(string? message, string expected)
    {
        var card = await _e.EscalateAsync();
        var sent = _e.Messenger.Sent.Count;

        var (replies, replaced) = await _e.PressAsync(_e.Lead, card, EscalationCard.MessageVerb, message);

        Assert.Contains(expected, replies.Texts());
        Assert.Null(replaced);
        Assert.Equal(sent, _e.Messenger.Sent.Count);
        Assert.False((await _e.EscalationOfAsync(_e.Lead)).IsAnswered);
    }

    [Fact]
    public async Task MessageBoth_OverTheLimit_SaysHowLongItIs_AndChangesNothing()
    {
        var card = await _e.EscalateAsync();
        var sent = _e.Messenger.Sent.Count;

        var (replies, replaced) = await _e.PressAsync(_e.Lead, card, EscalationCard.MessageVerb, new string('a', EscalationCard.MessageMax + 1));

        Assert.Contains($"{EscalationCard.MessageMax + 1} characters long; the limit is {EscalationCard.MessageMax}", replies.Texts());
        Assert.Null(replaced);
        Assert.Equal(sent, _e.Messenger.Sent.Count);
        Assert.False((await _e.EscalationOfAsync(_e.Lead)).IsAnswered);
    }

    [Fact]
    public async Task EndAndRematch_EndsThePairAsFaded_OffersTheMenteeANewChoice_AndShowsItDone()
    {
        var card = await _e.EscalateAsync();

        var (_, done) = await _e.PressAsync(_e.Lead, card, EscalationCard.EndAndRematchVerb);

        var pair = await _e.W.Rig.PairAsync(_e.W.Ada, _e.W.Max);
        Assert.Equal((PairStatus.Ended, PairEnding.Faded), (pair.Status, pair.Ending!.Value));
        var toAda = Assert.Single(_e.Messenger.To(_e.W.Ada.ObjectId));
        Assert.Contains(_e.W.Nia.ObjectId, toAda.Card!.ToJsonString());
        Assert.DoesNotContain(_e.W.Max.ObjectId, toAda.Card!.ToJsonString());
        Assert.Contains("has ended your mentoring pair with Ada Lovelace", Assert.Single(_e.Messenger.TextsTo(_e.W.Max.ObjectId)));
        Assert.Equal(NudgeResponse.EndedAndRematched, (await _e.EscalationOfAsync(_e.Lead)).Response);
        Assert.Empty(done!.SelectTokens("$..actions[*]"));
        Assert.Contains("ended and rematched", done.ToString());
        Assert.Contains("has been offered their next best mentors", done.ToString());
    }

    [Fact]
    public async Task EndAndRematch_PressedTwice_EndsOnce_AndSaysItIsAlreadyEnded()
    {
        var card = await _e.EscalateAsync();
        await _e.PressAsync(_e.Lead, card, EscalationCard.EndAndRematchVerb);
        var sent = _e.Messenger.Sent.Count;

        var (replies, _) = await _e.PressAsync(_e.Lead, card, EscalationCard.EndAndRematchVerb);

        Assert.Contains("already dealt with", replies.Texts());
        Assert.Contains("ended and rematched", replies.Texts());
        Assert.Equal(sent, _e.Messenger.Sent.Count);
    }

    [Theory]
    [InlineData(EscalationCard.NudgeVerb)]
    [InlineData(EscalationCard.MessageVerb)]
    [InlineData(EscalationCard.EndAndRematchVerb)]
    public async Task APairNoLongerActive_SendsNothing_SaysSo_AndTheCardShowsIt(string verb)
    {
        var card = await _e.EscalateAsync();
        await _e.W.Rig.Pairs.ChangeAsync(_e.W.Programme.Id, _e.W.Pair.Id, p => p.End(DateTimeOffset.UtcNow, PairEnding.MentorLeft), default);
        var sent = _e.Messenger.Sent.Count;

        var (replies, replaced) = await _e.PressAsync(_e.Lead, card, verb, "Hello both");

        Assert.Contains("no longer active", replies.Texts());
        Assert.Contains("no longer active", replaced!.ToString());
        Assert.Empty(replaced.SelectTokens("$..actions[*]"));
        Assert.Equal(sent, _e.Messenger.Sent.Count);
        Assert.False((await _e.EscalationOfAsync(_e.Lead)).IsAnswered);
        Assert.Equal(PairEnding.MentorLeft, (await _e.W.Rig.PairAsync(_e.W.Ada, _e.W.Max)).Ending);
    }

    [Theory]
    [InlineData(EscalationCard.NudgeVerb)]
    [InlineData(EscalationCard.MessageVerb)]
    [InlineData(EscalationCard.EndAndRematchVerb)]
    public async Task ThePairsOwnPeople_AreRefusedByTheGate(string verb)
    {
        var card = await _e.EscalateAsync();
        var sent = _e.Messenger.Sent.Count;

        foreach (var person in new[] { _e.W.Ada, _e.W.Max })
        {
            var (replies, replaced) = await _e.PressAsync(person, card, verb, "Hello both");

            Assert.Contains("Only programme leads", replies.Texts());
            Assert.Null(replaced);
        }

        Assert.Equal(sent, _e.Messenger.Sent.Count);
        Assert.False((await _e.EscalationOfAsync(_e.Lead)).IsAnswered);
        Assert.Equal(PairStatus.Active, (await _e.W.Rig.PairAsync(_e.W.Ada, _e.W.Max)).Status);
    }

    [Fact]
    public async Task ALeadWithoutAnEscalationAboutThePair_IsToldSo_AndNothingIsSent()
    {
        var card = await _e.EscalateAsync();
        var second = TeamsUser.Create("Sam Second lead");
        await _e.AddLeadAsync(second);
        var sent = _e.Messenger.Sent.Count;

        var (replies, _) = await _e.PressAsync(second, card, EscalationCard.NudgeVerb);

        Assert.Contains("not sent an escalation", replies.Texts());
        Assert.Equal(sent, _e.Messenger.Sent.Count);
    }
}
