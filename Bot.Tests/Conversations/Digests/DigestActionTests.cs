using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Tests.Conversations.Matching;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Digests;

/// <summary>
/// The buttons of a digest's at-risk row: Nudge now, Message both and End and rematch act once for a lead of the pair's
/// programme and rebuild the card in place; everyone else, a forged pair and a stale card get a message and change nothing.
/// </summary>
public sealed class DigestActionTests : IAsyncLifetime
{
    private readonly DigestRig _d = new();

    public Task InitializeAsync() => _d.InitializeAsync();

    public Task DisposeAsync() => _d.DisposeAsync();

    [Fact]
    public async Task NudgeNow_SendsBothANudge_OncePerQuietSpell_AndUpdatesTheCardInPlace()
    {
        var card = await _d.CardAsync(_d.Lead);

        var (_, updated) = await _d.PressAsync(_d.Lead, card, DigestCard.NudgeVerb);
        var (_, again) = await _d.PressAsync(_d.Lead, card, DigestCard.NudgeVerb);

        Assert.Single(_d.Messenger.CardsTo(_d.W.Ada.ObjectId));
        Assert.Single(_d.Messenger.CardsTo(_d.W.Max.ObjectId));
        Assert.Equal(0, _d.Messenger.Repeats);
        var nudges = await _d.NudgesAsync();
        Assert.Equal(2, nudges.Count);
        Assert.All(nudges, n => Assert.EndsWith("d", n.Period, StringComparison.Ordinal));
        Assert.Contains("Ada Lovelace and Max Mentor were each sent a fresh nudge to meet.", updated!.ToString());
        Assert.Contains("nudged to meet", updated.ToString()); // what was tried now shows it
        Assert.Contains("were already nudged again for this silence", again!.ToString());
    }

    [Fact]
    public async Task MessageBoth_OpensTheMessageBoxInPlace_ThenSendsTheTextToBothOnce()
    {
        var card = await _d.CardAsync(_d.Lead);

        var (_, box) = await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, DigestCard.MessageStep);
        var pairCard = MatchingRig.ToCard(box!);
        Assert.Contains(pairCard["body"]!.AsArray(), e => (string?)e!["id"] == DigestCard.MessageField);
        var (_, sent) = await _d.PressAsync(_d.Lead, pairCard, DigestCard.MessageVerb, message: "Please **meet** this week.");
        await _d.PressAsync(_d.Lead, pairCard, DigestCard.MessageVerb, message: "Please **meet** this week.");

        foreach (var person in new[] { _d.W.Ada, _d.W.Max })
        {
            var text = Assert.Single(_d.Messenger.TextsTo(person.ObjectId));
            Assert.StartsWith("A message from Lena Lead, lead of Data mentoring:", text, StringComparison.Ordinal);
            Assert.Contains(Markdown.Literal("Please **meet** this week."), text, StringComparison.Ordinal);
        }

        Assert.Contains("Your message was sent to Ada Lovelace and Max Mentor.", sent!.ToString());
        Assert.Equal($"{_d.W.Programme.Name}: digest", sent.Heading());
    }

    [Fact]
    public async Task MessageBoth_WithoutText_SaysSo_AndSendsNothing()
    {
        var card = await _d.CardAsync(_d.Lead);
        var (_, box) = await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, DigestCard.MessageStep);

        var (replies, replaced) = await _d.PressAsync(_d.Lead, MatchingRig.ToCard(box!), DigestCard.MessageVerb, message: "  ");

        Assert.Contains("Write a message", replies.Texts());
        Assert.Null(replaced);
        Assert.Empty(_d.Messenger.Sent);
    }

    [Fact]
    public async Task EndAndRematch_AsksFirst_ThenEndsThePairOnce_AndOffersTheMenteeANewChoice()
    {
        var card = await _d.CardAsync(_d.Lead, "at risk");

        var (_, confirm) = await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, DigestCard.EndStep);
        var confirmCard = MatchingRig.ToCard(confirm!);
        Assert.Contains("looks for a new mentor for Ada Lovelace", confirmCard.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(PairStatus.Active, (await _d.W.Rig.PairAsync(_d.W.Ada, _d.W.Max)).Status);

        var (_, done) = await _d.PressAsync(_d.Lead, confirmCard, DigestCard.EndAndRematchVerb);
        var (replies, _) = await _d.PressAsync(_d.Lead, confirmCard, DigestCard.EndAndRematchVerb);

        var pair = await _d.W.Rig.PairAsync(_d.W.Ada, _d.W.Max);
        Assert.Equal((PairStatus.Ended, PairEnding.Faded), (pair.Status, pair.Ending!.Value));
        var toAda = Assert.Single(_d.Messenger.To(_d.W.Ada.ObjectId));
        Assert.Contains(_d.W.Nia.ObjectId, toAda.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(_d.Messenger.TextsTo(_d.W.Max.ObjectId)); // the second press is refused by the messenger's keys
        Assert.Contains("No pair needs you right now.", done!.ToString());
        Assert.Equal($"Pairs that need you in {_d.W.Programme.Name}", done.Heading());
        Assert.Contains("already", replies.Texts(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Back_RebuildsTheDigest()
    {
        var card = await _d.CardAsync(_d.Lead);
        var (_, box) = await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, DigestCard.MessageStep);

        var (_, back) = await _d.PressAsync(_d.Lead, MatchingRig.ToCard(box!), DigestCard.ShowVerb, DigestCard.BackStep);

        Assert.Equal($"{_d.W.Programme.Name}: digest", back!.Heading());
        Assert.Empty(_d.Messenger.Sent);
    }

    [Theory]
    [InlineData(DigestCard.NudgeVerb)]
    [InlineData(DigestCard.MessageVerb)]
    [InlineData(DigestCard.EndAndRematchVerb)]
    [InlineData(DigestCard.ShowVerb)]
    public async Task ANonLead_AndAnotherProgrammesLead_AreRefused_AndNothingChanges(string verb)
    {
        var card = await _d.CardAsync(_d.Lead);
        var otherLead = TeamsUser.Create("Omar Other lead");
        await _d.OtherProgrammeAsync(otherLead);
        var step = verb == DigestCard.ShowVerb ? DigestCard.MessageStep : null;
        var source = verb is DigestCard.MessageVerb or DigestCard.EndAndRematchVerb
            ? MatchingRig.ToCard((await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, verb == DigestCard.MessageVerb ? DigestCard.MessageStep : DigestCard.EndStep)).Card!)
            : card;

        foreach (var user in new[] { _d.W.Ada, _d.W.Max, otherLead })
        {
            var (replies, replaced) = await _d.PressAsync(user, source, verb, step, message: "Hello");
            Assert.Contains("Only programme leads can do that", replies.Texts());
            Assert.Null(replaced);
        }

        Assert.Empty(_d.Messenger.Sent);
        Assert.Empty(await _d.NudgesAsync());
        Assert.Equal(PairStatus.Active, (await _d.W.Rig.PairAsync(_d.W.Ada, _d.W.Max)).Status);
    }

    [Theory]
    [InlineData(DigestCard.NudgeVerb)]
    [InlineData(DigestCard.EndAndRematchVerb)]
    public async Task AForgedPairId_OrAnotherProgrammesPair_IsRefused_AndNothingChanges(string verb)
    {
        var otherLead = TeamsUser.Create("Omar Other lead");
        var (other, otherPair) = await _d.OtherProgrammeAsync(otherLead);

        var (forged, _) = await _d.ForgeAsync(_d.Lead, verb, _d.W.Programme.Id, "nobody~nothing");
        var (foreign, _) = await _d.ForgeAsync(_d.Lead, verb, _d.W.Programme.Id, otherPair.Id);
        var (theirs, _) = await _d.ForgeAsync(otherLead, verb, other.Id, _d.W.Pair.Id);
        var (ours, _) = await _d.ForgeAsync(otherLead, verb, _d.W.Programme.Id, _d.W.Pair.Id);

        Assert.Contains("That pair no longer exists", forged.Texts());
        Assert.Contains("That pair no longer exists", foreign.Texts());
        Assert.Contains("That pair no longer exists", theirs.Texts()); // their programme has no such pair
        Assert.Contains("Only programme leads can do that", ours.Texts());
        Assert.Equal(PairStatus.Active, (await _d.W.Rig.PairAsync(_d.W.Ada, _d.W.Max)).Status);
        Assert.Empty(_d.Messenger.Sent);
        Assert.Equal(PairStatus.Active, (await _d.W.Rig.Pairs.GetAsync(other.Id, otherPair.Id, default))!.Status);
    }

    [Theory]
    [InlineData(DigestCard.NudgeVerb)]
    [InlineData(DigestCard.MessageVerb)]
    public async Task AStaleCard_OfAPairThatEnded_SendsNothing_AndShowsTheDigestAsItIsNow(string verb)
    {
        var card = await _d.CardAsync(_d.Lead);
        var (_, box) = await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, DigestCard.MessageStep);
        var (pair, version) = (await _d.W.Rig.Pairs.GetVersionedAsync(_d.W.Programme.Id, _d.W.Pair.Id, default))!.Value;
        await _d.W.Rig.Pairs.SaveAsync(pair.End(DateTimeOffset.UtcNow, PairEnding.MenteeLeft).Value, version, default);

        var (replies, replaced) = await _d.PressAsync(_d.Lead, verb == DigestCard.MessageVerb ? MatchingRig.ToCard(box!) : card, verb, message: "Hello");

        Assert.Contains("This pair is no longer active", replies.Texts());
        Assert.Contains("No pair needs you right now.", replaced!.ToString());
        Assert.Empty(_d.Messenger.Sent);
        Assert.Empty(await _d.NudgesAsync());
    }

    [Fact]
    public async Task EndAndRematch_OnAStaleCard_OfAPairEndedOtherwise_EndsNothing()
    {
        var card = await _d.CardAsync(_d.Lead);
        var (_, confirm) = await _d.PressAsync(_d.Lead, card, DigestCard.ShowVerb, DigestCard.EndStep);
        var (pair, version) = (await _d.W.Rig.Pairs.GetVersionedAsync(_d.W.Programme.Id, _d.W.Pair.Id, default))!.Value;
        await _d.W.Rig.Pairs.SaveAsync(pair.End(DateTimeOffset.UtcNow, PairEnding.MenteeLeft).Value, version, default);

        var (replies, _) = await _d.PressAsync(_d.Lead, MatchingRig.ToCard(confirm!), DigestCard.EndAndRematchVerb);

        Assert.NotEmpty(replies.Texts());
        Assert.Equal(PairEnding.MenteeLeft, (await _d.W.Rig.PairAsync(_d.W.Ada, _d.W.Max)).Ending);
        Assert.Empty(_d.Messenger.Sent);
    }
}
