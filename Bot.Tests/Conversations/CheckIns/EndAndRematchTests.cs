using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Tests.Conversations.Matching;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.CheckIns;

/// <summary>"Not a good fit" reaches the leads as a card; End and rematch ends the pair and offers the mentee their next best mentors, never this one.</summary>
public sealed class EndAndRematchTests : IAsyncLifetime
{
    private readonly CheckInRig _w = new();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task EndAndRematch_EndsThePair_OffersTheMenteeTheNextBestMentors_AndUpdatesTheLeadsCardInPlace()
    {
        var lead = await FitConcernAsync();

        var (_, done) = await _w.PressAsync(_w.Rig.Lead, lead, "End and rematch");

        var pair = await _w.Rig.PairAsync(_w.Ada, _w.Max);
        Assert.Equal((PairStatus.Ended, PairEnding.NotAGoodFit), (pair.Status, pair.Ending!.Value));
        Assert.Contains("has been offered their next best mentors", done!.ToString());
        Assert.Empty(done.SelectTokens("$..actions[*]"));

        var toAda = Assert.Single(_w.Messenger.To(_w.Ada.ObjectId));
        Assert.Contains("The programme lead has ended your mentoring pair with Max Mentor", toAda.Text);
        var choice = toAda.Card!.ToJsonString();
        Assert.Contains(_w.Nia.ObjectId, choice);
        Assert.DoesNotContain(_w.Max.ObjectId, choice);
        var toMax = Assert.Single(_w.Messenger.TextsTo(_w.Max.ObjectId));
        Assert.Contains("has ended your mentoring pair with Ada Lovelace", toMax);
        Assert.DoesNotContain("fit", toMax, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EndAndRematch_PressedTwice_EndsOnce_AndTellsNobodyTwice()
    {
        var lead = await FitConcernAsync();
        await _w.PressAsync(_w.Rig.Lead, lead, "End and rematch");
        var sent = _w.Messenger.Sent.Count;

        var (replies, _) = await _w.PressAsync(_w.Rig.Lead, lead, "End and rematch");

        Assert.Contains("already ended", replies.Texts());
        Assert.Equal(sent, _w.Messenger.Sent.Count);
    }

    [Fact]
    public async Task TheMentee_PicksANewMentor_FromTheChoice_AndTheOldMentorIsNeverOfferedAgain()
    {
        var lead = await FitConcernAsync();
        await _w.PressAsync(_w.Rig.Lead, lead, "End and rematch");
        var choice = _w.Messenger.To(_w.Ada.ObjectId).Single().Card!;

        var (replies, _) = await _w.Rig.PressAsync(_w.Ada, choice, "Choose Nia Next");

        Assert.Contains("Your choice is sent to the mentor", replies.Texts());
        Assert.Equal(PairStatus.Offered, (await _w.Rig.PairAsync(_w.Ada, _w.Nia)).Status);
        var forged = await _w.Rig.InvokeAsync(_w.Ada, MentorChoiceCard.Verb, new JObject { ["programmeId"] = _w.Programme.Id, ["mentorId"] = _w.Max.ObjectId });
        Assert.Equal(PairStatus.Ended, (await _w.Rig.PairAsync(_w.Ada, _w.Max)).Status);
        Assert.NotEmpty(forged.Replies.Texts());
    }

    [Fact]
    public async Task EndAndRematch_OnAPairThatEndedOtherwise_ChangesNothing_AndSaysSo()
    {
        var lead = await FitConcernAsync();
        await _w.Rig.Pairs.ChangeAsync(_w.Programme.Id, _w.Pair.Id, p => p.End(DateTimeOffset.UtcNow, PairEnding.MentorLeft), default);
        var sent = _w.Messenger.Sent.Count;

        var (replies, card) = await _w.PressAsync(_w.Rig.Lead, lead, "End and rematch");

        Assert.Contains("no longer active", replies.Texts());
        Assert.Contains("no longer active", card!.ToString());
        Assert.Equal(PairEnding.MentorLeft, (await _w.Rig.PairAsync(_w.Ada, _w.Max)).Ending);
        Assert.Equal(sent, _w.Messenger.Sent.Count);
    }

    // Max answers "not a good fit": the lead receives the card with End and rematch.
    private async Task<JsonObject> FitConcernAsync()
    {
        var card = await _w.OpenAsync(_w.Max);
        await _w.PressAsync(_w.Max, card, "Send", CheckInRig.Answer().Merged(new JObject { ["fit"] = "NotAGoodFit" }));
        var lead = Assert.Single(_w.Messenger.CardsTo(_w.Rig.Lead.ObjectId));
        Assert.Contains("the mentor answered “not a good fit”", lead.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return lead;
    }
}
