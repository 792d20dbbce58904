using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Nudges;

/// <summary>
/// A faded pair (<see cref="NudgeRig"/>: a month without a meeting, 3 days allowed): the first run nudges both to meet,
/// the next asks each "keep going, pause or end?"; a week unanswered, the lead decides from a card. Every answer is
/// recorded once, acted on once, and shown in place.
/// </summary>
public sealed class FadedTests : IAsyncLifetime
{
    private const string QuestionWords = "Keep going with";
    private const string LeadWords = "keep the pair going?";
    private readonly NudgeRig _w = new();
    private System.Text.Json.Nodes.JsonObject _question = null!;

    public async Task InitializeAsync()
    {
        await _w.InitializeAsync();
        await _w.DispatchAsync();
        _w.Clock.Advance(TimeSpan.FromMinutes(15));
        await _w.DispatchAsync();
        _question = Assert.Single(_w.CardsTo(_w.Ada, QuestionWords));
        Assert.Single(_w.CardsTo(_w.Max, QuestionWords));
    }

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task KeepGoing_RecordsTheAnswer_ShowsItInPlace_AndNoCardGoesToTheLeadAWeekLater()
    {
        var (_, card) = await _w.PressAsync(_w.Ada, _question, "Keep going");

        Assert.Contains("Glad you are keeping going", card!.ToString());
        Assert.Empty(card.SelectTokens("$..actions[*]"));
        Assert.Equal(NudgeResponse.KeepGoing, (await QuestionAsync(_w.Ada)).Response);
        Assert.True((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);

        _w.Clock.Advance(TimeSpan.FromDays(8));
        await _w.DispatchAsync();
        Assert.Empty(_w.CardsTo(_w.Rig.Lead, LeadWords));
    }

    [Fact]
    public async Task Pause_PausesThePersonInThisProgramme_UntilTheDatePicked()
    {
        var (replies, card) = await _w.PressAsync(_w.Ada, _question, "Pause", new { pauseUntil = "2027-03-01" });

        Assert.Contains("You are paused", card!.ToString());
        Assert.Contains("Paused until", replies.Texts());
        var ada = await _w.ParticipantAsync(_w.Ada);
        Assert.Equal((ParticipantStatus.Paused, new DateOnly(2027, 3, 1)), (ada.Status, ada.PausedUntil));
        Assert.Equal(NudgeResponse.Pause, (await QuestionAsync(_w.Ada)).Response);
    }

    [Fact]
    public async Task Pause_WithADateInThePast_IsRefused_AndNothingIsStored()
    {
        var (replies, _) = await _w.PressAsync(_w.Ada, _question, "Pause", new { pauseUntil = "2027-01-01" });

        Assert.Contains("A pause must end after today", replies.Texts());
        Assert.Equal(ParticipantStatus.Active, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.Null((await QuestionAsync(_w.Ada)).Response);
    }

    [Fact]
    public async Task End_EndsThePair_TellsThePartnerAndTheLeadOnce_AndAPressAgainChangesNothing()
    {
        var (_, card) = await _w.Rig.InvokeAsync(_w.Ada, FadedCard.Verb, Data(_question, FadedCard.End));
        var sent = _w.Rig.Messenger.Sent.Count;
        var (again, second) = await _w.Rig.InvokeAsync(_w.Ada, FadedCard.Verb, Data(_question, FadedCard.KeepGoing));

        Assert.Contains("Your pair with Max Mentor has ended", card!.ToString());
        var pair = await _w.Rig.PairAsync(_w.Ada, _w.Max);
        Assert.Equal((PairStatus.Ended, PairEnding.EndedByPair), (pair.Status, pair.Ending));
        Assert.Equal(ParticipantStatus.Active, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.Single(_w.Rig.Messenger.TextsTo(_w.Max.ObjectId), t => t.Contains("Ada Lovelace has ended your mentoring pair", StringComparison.Ordinal));
        Assert.Single(_w.Rig.Messenger.TextsTo(_w.Rig.Lead.ObjectId), t => t.Contains("Ada Lovelace ended their mentoring pair with Max Mentor", StringComparison.Ordinal));
        Assert.Contains("You already answered this question", again.Texts());
        Assert.Contains("has ended", second!.ToString());
        Assert.Equal(sent, _w.Rig.Messenger.Sent.Count);
        Assert.Equal(NudgeResponse.Ended, (await QuestionAsync(_w.Ada)).Response);
    }

    [Fact]
    public async Task ThePartner_AnsweringAfterTheEnd_IsToldThePairIsNotActive_AndNothingIsStored()
    {
        await _w.Rig.InvokeAsync(_w.Ada, FadedCard.Verb, Data(_question, FadedCard.End));

        var (replies, _) = await _w.PressAsync(_w.Max, Assert.Single(_w.CardsTo(_w.Max, QuestionWords)), "Keep going");

        Assert.Contains("That pair is not active any more", replies.Texts());
        Assert.Null((await QuestionAsync(_w.Max)).Response);
    }

    [Fact]
    public async Task SomeoneOutsideThePair_AForgedId_OrAnUnknownChoice_AreRefused_AndNothingIsStored()
    {
        // The card names the question by its spell only: pressed by the partner it answers the partner's own question, so
        // the wrong presser is someone outside the pair, whom the gate turns away.
        var (byOutsider, _) = await _w.Rig.InvokeAsync(_w.Nia, FadedCard.Verb, Data(_question, FadedCard.End));
        var forged = Data(_question, FadedCard.End);
        forged[NudgeCard.NudgeIdField] = "20261201T0000Zf";
        var (byForger, _) = await _w.Rig.InvokeAsync(_w.Ada, FadedCard.Verb, forged);
        var (byOddChoice, _) = await _w.Rig.InvokeAsync(_w.Ada, FadedCard.Verb, Data(_question, "leave"));

        Assert.NotEmpty(byOutsider.Texts());
        Assert.Null((await QuestionAsync(_w.Max)).Response);
        Assert.Contains("That nudge is not one of yours", byForger.Texts());
        Assert.NotEmpty(byOddChoice.Texts());
        Assert.Null((await QuestionAsync(_w.Ada)).Response);
        Assert.True((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
    }

    [Fact]
    public async Task Unanswered_ForAWeek_TheLeadGetsACard_WithWhatWasTried_AndKeepItChangesNothingTwice()
    {
        var card = await LeadCardAsync();
        Assert.Contains("asked whether to keep going, pause or end", card.ToJsonString());

        var (_, kept) = await _w.Rig.InvokeAsync(_w.Rig.Lead, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.Keep));
        var (again, shown) = await _w.Rig.InvokeAsync(_w.Rig.Lead, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.End));

        Assert.Contains("The pair carries on", kept!.ToString());
        Assert.Empty(kept.SelectTokens("$..actions[*]"));
        Assert.Contains("already dealt with", again.Texts());
        Assert.Contains("kept by a lead", shown!.ToString());
        Assert.True((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
        Assert.Equal(NudgeResponse.KeptByLead, (await LeadNudgeAsync()).Response);
    }

    [Fact]
    public async Task TheLeadsEnd_EndsThePairAsFaded_AndTellsBothOnce()
    {
        var card = await LeadCardAsync();

        var (_, ended) = await _w.Rig.InvokeAsync(_w.Rig.Lead, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.End));
        await _w.Rig.InvokeAsync(_w.Rig.Lead, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.End));

        Assert.Contains("Ended. Ada Lovelace and Max Mentor were told", ended!.ToString());
        var pair = await _w.Rig.PairAsync(_w.Ada, _w.Max);
        Assert.Equal((PairStatus.Ended, PairEnding.Faded), (pair.Status, pair.Ending));
        foreach (var person in new[] { _w.Ada, _w.Max })
            Assert.Single(_w.Rig.Messenger.TextsTo(person.ObjectId), t => t.Contains("as it had gone quiet", StringComparison.Ordinal));
        Assert.Equal(NudgeResponse.Ended, (await LeadNudgeAsync()).Response);
        Assert.Equal(0, _w.Rig.Messenger.Repeats);
    }

    [Fact]
    public async Task TheLeadsEndAndRematch_EndsThePair_AndOffersTheMenteeOtherMentors()
    {
        var card = await LeadCardAsync();

        var (_, done) = await _w.Rig.InvokeAsync(_w.Rig.Lead, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.EndAndRematch));

        Assert.Contains("ended and rematched", done!.ToString());
        var pair = await _w.Rig.PairAsync(_w.Ada, _w.Max);
        Assert.Equal((PairStatus.Ended, PairEnding.Faded), (pair.Status, pair.Ending));
        Assert.Equal(NudgeResponse.EndedAndRematched, (await LeadNudgeAsync()).Response);
    }

    [Fact]
    public async Task TheLeadCard_PressedByAPairMember_OrAfterThePairEnded_ChangesNothing()
    {
        var card = await LeadCardAsync();

        var (byMentee, _) = await _w.Rig.InvokeAsync(_w.Ada, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.End));
        Assert.True((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
        Assert.NotEmpty(byMentee.Texts());

        await _w.Rig.InvokeAsync(_w.Ada, FadedCard.Verb, Data(_question, FadedCard.End));
        var (late, _) = await _w.Rig.InvokeAsync(_w.Rig.Lead, FadedLeadCard.Verb, LeadData(card, FadedLeadCard.Keep));

        Assert.Contains("no longer active", late.Texts());
        Assert.Null((await LeadNudgeAsync()).Response);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> LeadCardAsync()
    {
        _w.Clock.Advance(TimeSpan.FromDays(7));
        await _w.DispatchAsync();
        return Assert.Single(_w.CardsTo(_w.Rig.Lead, LeadWords));
    }

    private static JObject Data(System.Text.Json.Nodes.JsonObject card, string choice)
    {
        var data = (JObject)JObject.Parse(card.ToJsonString()).SelectTokens("$..actions[*].data").First()!.DeepClone();
        data[FadedCard.ChoiceField] = choice;
        return data;
    }

    private static JObject LeadData(System.Text.Json.Nodes.JsonObject card, string choice) => Data(card, choice);

    private async Task<Nudge> QuestionAsync(TeamsUser user) => Assert.Single(await _w.NudgesToAsync(user, NudgeKind.Faded));

    private async Task<Nudge> LeadNudgeAsync() => Assert.Single(await _w.NudgesToAsync(_w.Rig.Lead, NudgeKind.FadedToLeads));
}
