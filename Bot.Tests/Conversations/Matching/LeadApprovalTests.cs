using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// `match` in a lead-approves programme: the lead gets the proposals with scores and reasons, approves all or some,
/// rejects, or swaps two mentors; the card updates in place, approved pairs go to the mentors as offers, and stale
/// or forged presses change nothing.
/// </summary>
public sealed class LeadApprovalTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new();
    private TeamsUser _ada = null!, _ben = null!, _maya = null!, _noah = null!;

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.LeadApproves);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _ben = await _rig.PersonAsync("Ben", Role.Mentee, ["Public speaking"], ["fr"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Public speaking"], ["fr", "en"]);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Match_ProposesPairsWithScoresAndReasons_AndSendsNothingBeforeApproval()
    {
        var replies = await _rig.Bot.SendAsync(_rig.Lead, "match");

        Assert.Contains("2 pair(s) proposed for your approval", replies.Texts());
        var card = replies.LastCard().ToString();
        Assert.Contains("Ada with Maya", card);
        Assert.Contains("Ben with Noah", card);
        Assert.Contains("Skills in common: Data engineering", card);
        Assert.Matches(@"Match: \d+%", card);
        Assert.All(await _rig.AllPairsAsync(), p => Assert.Equal(PairStatus.Proposed, p.Status));
        Assert.Empty(_rig.Messenger.To(_maya.ObjectId));
    }

    [Fact]
    public async Task MatchAgain_WhileEveryMenteeHasAProposal_SaysNobodyIsWaiting_AndProposesNothingNew()
    {
        await _rig.Bot.SendAsync(_rig.Lead, "match");

        var again = await _rig.Bot.SendAsync(_rig.Lead, "match");

        Assert.Contains("Nobody in Data mentoring is waiting for a mentor", again.Texts());
        Assert.Equal(2, (await _rig.AllPairsAsync()).Count);
    }

    [Fact]
    public async Task ApproveAll_OffersEachPairToItsMentor_AndTheCardShowsTheDecisionInPlace()
    {
        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());

        var (_, updated) = await _rig.PressAsync(_rig.Lead, card, "Approve all");

        Assert.NotNull(updated);
        Assert.Equal(2, updated.ToString().Split("Approved: offered to the mentor").Length - 1);
        Assert.DoesNotContain(updated.SelectTokens("$..actions[*].title"), t => t.ToString() == "Approve");
        Assert.All(await _rig.AllPairsAsync(), p => Assert.Equal(PairStatus.Offered, p.Status));
        Assert.Equal("Would you mentor Ada?", Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId))["body"]![0]!["text"]!.ToString());
        Assert.Equal("Would you mentor Ben?", Assert.Single(_rig.Messenger.CardsTo(_noah.ObjectId))["body"]![0]!["text"]!.ToString());

        // The same (now stale) card pressed again: told, nothing offered twice.
        var (again, _) = await _rig.PressAsync(_rig.Lead, card, "Approve all");
        Assert.Contains("already decided", again.Texts());
        Assert.Single(_rig.Messenger.To(_maya.ObjectId));
        Assert.Equal(0, _rig.Messenger.Repeats);
    }

    [Fact]
    public async Task ManyProposals_TheCardShowsTen_AndApproveAllApprovesOnlyThoseShown()
    {
        for (var i = 0; i < 10; i++)
        {
            await _rig.PersonAsync($"Mentee {i:00}", Role.Mentee, ["Negotiation"]);
            await _rig.PersonAsync($"Mentor {i:00}", Role.Mentor, ["Negotiation"]);
        }

        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());
        Assert.Equal(10, Buttons(card, "Approve"));
        Assert.Contains("2 more proposal(s) will show here", card.ToJsonString(), StringComparison.Ordinal);

        var (_, updated) = await _rig.PressAsync(_rig.Lead, card, "Approve all");

        var pairs = await _rig.AllPairsAsync();
        Assert.Equal((10, 2), (pairs.Count(p => p.Status == PairStatus.Offered), pairs.Count(p => p.Status == PairStatus.Proposed)));
        Assert.Equal(2, Buttons(MatchingRig.ToCard(updated!), "Approve"));
    }

    [Fact]
    public async Task ApproveOne_AndRejectTheOther_OnlyTheApprovedMentorIsAsked()
    {
        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());
        var (_, afterApprove) = await _rig.PressAsync(_rig.Lead, card, "Approve", pairId: (await _rig.PairAsync(_ada, _maya)).Id);
        var (_, afterReject) = await _rig.PressAsync(_rig.Lead, MatchingRig.ToCard(afterApprove!), "Reject", pairId: (await _rig.PairAsync(_ben, _noah)).Id);

        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Rejected, (await _rig.PairAsync(_ben, _noah)).Status);
        Assert.Contains("Rejected by a lead", afterReject!.ToString());
        Assert.Single(_rig.Messenger.To(_maya.ObjectId));
        Assert.Empty(_rig.Messenger.To(_noah.ObjectId));
    }

    [Fact]
    public async Task Swap_IsRefusedWithTheReason_WhenASwappedPairHasNoLanguageInCommon()
    {
        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());

        var (replies, updated) = await _rig.PressAsync(_rig.Lead, card, "Swap mentors");

        Assert.Contains("cannot be swapped: Ben with Maya is not possible (No language in common)", replies.Texts());
        Assert.Equal(PairStatus.Proposed, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Proposed, (await _rig.PairAsync(_ben, _noah)).Status);
        Assert.Equal(2, (await _rig.AllPairsAsync()).Count);
        Assert.Contains("Ada with Maya", updated!.ToString());
    }

    [Fact]
    public async Task Swap_ExchangesTheMentors_RescoresBoth_AndTheOldProposalsAreRecordedAsRejected()
    {
        var carl = await _rig.PersonAsync("Carl", Role.Mentee, ["Public speaking"]);
        var omar = await _rig.PersonAsync("Omar", Role.Mentor, ["Public speaking"]);
        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());
        var adaMaya = await _rig.PairAsync(_ada, _maya);
        var carlsPair = (await _rig.AllPairsAsync()).Single(p => p.MenteeId == carl.ObjectId);
        var carlsMentor = carlsPair.MentorId == omar.ObjectId ? omar : _noah;

        var (_, updated) = await _rig.PressAsync(_rig.Lead, card, "Swap mentors", new { swapFirst = adaMaya.Id, swapSecond = carlsPair.Id });

        var adaNew = await _rig.PairAsync(_ada, carlsMentor);
        var carlNew = await _rig.PairAsync(carl, _maya);
        Assert.Equal((PairStatus.Proposed, PairStatus.Proposed), (adaNew.Status, carlNew.Status));
        Assert.True(adaNew.ScorePercent < adaMaya.ScorePercent, "Ada shares no skill with her new mentor, so her score drops.");
        Assert.Contains(adaNew.Reasons, r => r.MessageKey == "MatchReasonNoSharedSkills");
        Assert.Equal(PairStatus.Rejected, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Contains($"Ada with {carlsMentor.Name}", updated!.ToString());
        Assert.Contains("Carl with Maya", updated.ToString());
    }

    [Fact]
    public async Task Swap_OnAStaleCard_WhereOnePairWasApprovedMeanwhile_ChangesNothing()
    {
        var carl = await _rig.PersonAsync("Carl", Role.Mentee, ["Public speaking"]);
        await _rig.PersonAsync("Omar", Role.Mentor, ["Public speaking"]);
        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());
        var adaMaya = await _rig.PairAsync(_ada, _maya);
        var carlsPair = (await _rig.AllPairsAsync()).Single(p => p.MenteeId == carl.ObjectId);
        await _rig.PressAsync(_rig.Lead, card, "Approve", pairId: carlsPair.Id);

        var (replies, _) = await _rig.PressAsync(_rig.Lead, card, "Swap mentors", new { swapFirst = adaMaya.Id, swapSecond = carlsPair.Id });

        Assert.Contains("still waiting for approval; nothing was changed", replies.Texts());
        Assert.Equal(PairStatus.Proposed, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Offered, (await _rig.AllPairsAsync()).Single(p => p.Id == carlsPair.Id).Status);
        Assert.Equal(3, (await _rig.AllPairsAsync()).Count);
    }

    [Fact]
    public async Task SomeoneWhoIsNotALead_CannotRunMatching_NorApprove()
    {
        var stranger = TeamsUser.Create("Stranger");
        Assert.Contains("Only programme leads", (await _rig.Bot.SendAsync(stranger, "match")).Texts());
        Assert.Empty(await _rig.AllPairsAsync());

        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());
        var (refused, replaced) = await _rig.PressAsync(stranger, card, "Approve all");

        Assert.Contains("Only programme leads", refused.Texts());
        Assert.Null(replaced);
        Assert.All(await _rig.AllPairsAsync(), p => Assert.Equal(PairStatus.Proposed, p.Status));
        Assert.Empty(_rig.Messenger.To(_maya.ObjectId));
    }

    [Fact]
    public async Task TheMentorsDeadline_IsAProgrammeSetting_TheLeadEditsOnTheForm_AndOffersUseIt()
    {
        var listed = (await _rig.Bot.SendAsync(_rig.Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var form = (await _rig.Bot.SendAsync(_rig.Lead, null, listed.Submit())).LastCard();
        Assert.Equal("3", form.SelectToken("$..body[?(@.id == 'mentorAnswerDays')].value")!.ToString());

        Assert.Contains("from 1 to 14", (await _rig.Bot.SendAsync(_rig.Lead, null, form.Submit(new { mentorAnswerDays = "30" }))).Texts(), StringComparison.Ordinal);
        await _rig.Bot.SendAsync(_rig.Lead, null, form.Submit(new { mentorAnswerDays = "5" }));
        var card = MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());
        await _rig.PressAsync(_rig.Lead, card, "Approve all");

        var offered = await _rig.PairAsync(_ada, _maya);
        Assert.Equal(TimeSpan.FromDays(5), offered.AnswerBy - offered.OfferedAt);
        Assert.Contains("(5 days)", _rig.Messenger.CardsTo(_maya.ObjectId)[0].ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupProgramme_IsNotMatchedIntoPairs_TheLeadSeesItsCirclesInstead()
    {
        var store = _rig.Bot.Services.GetRequiredService<Dialogs.Stores.ProgrammeStore>();
        var (programme, version) = (await store.GetVersionedAsync(_rig.Programme.Id, default))!.Value;
        await store.SaveAsync(programme with { Type = ProgrammeType.Circle }, version, default);

        var preview = (await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard().ToString();

        Assert.Contains("Circles Data mentoring would form", preview);
        foreach (var name in new[] { "Ada", "Ben", "Maya", "Noah" })
            Assert.Contains(name, preview);
        Assert.Contains("Facilitates as a volunteer", preview);
        Assert.Empty(await _rig.AllPairsAsync());
        Assert.Empty(_rig.Messenger.To(_maya.ObjectId));
    }

    [Fact]
    public async Task TheSameObjectIdInAnotherTenant_DoesNotRunThisOrganisationsMatching()
    {
        var elsewhere = _rig.Lead with { TenantId = Guid.NewGuid().ToString() };

        Assert.Contains("You lead no open programme to match", (await _rig.Bot.SendAsync(elsewhere, "match")).Texts());
        var (refused, _) = await _rig.InvokeAsync(elsewhere, "matchRun", new JObject { ["programmeId"] = _rig.Programme.Id });
        Assert.Contains("Only programme leads", refused.Texts());
        Assert.Empty(await _rig.AllPairsAsync());
    }

    [Fact]
    public async Task AForgedPairId_ChangesNothing()
    {
        await _rig.Bot.SendAsync(_rig.Lead, "match");

        var (replies, _) = await _rig.InvokeAsync(_rig.Lead, "pairApprove", new JObject { ["programmeId"] = _rig.Programme.Id, ["pairId"] = "nobody~nothing" });

        Assert.Contains("already decided (or no longer exists)", replies.Texts());
        Assert.All(await _rig.AllPairsAsync(), p => Assert.Equal(PairStatus.Proposed, p.Status));
    }

    [Fact]
    public async Task MyData_ListsTheMenteesPairs_AndDeleteMyData_ErasesThem()
    {
        await _rig.Bot.SendAsync(_rig.Lead, "match");
        var pairId = (await _rig.PairAsync(_ada, _maya)).Id;

        var shown = string.Join("\n", (await _rig.Bot.SendAsync(_ada, "my data")).LastCard().SelectTokens("$..text"));
        Assert.Contains("Your mentoring pairs", shown);
        Assert.Contains(Dialogs.Cards.Markdown.Literal(pairId), shown);

        var confirm = (await _rig.Bot.SendAsync(_ada, "delete my data")).LastCard();
        await _rig.Bot.SendAsync(_ada, null, confirm.Submit());

        Assert.DoesNotContain(await _rig.AllPairsAsync(), p => p.Involves(_ada.ObjectId));
        Assert.Contains(await _rig.AllPairsAsync(), p => p.Involves(_ben.ObjectId));
    }

    [Fact]
    public async Task Jumeler_InFrench_AnswersInFrench_WithFrenchReasons()
    {
        var french = _rig.Lead with { Locale = "fr-FR" };

        var replies = await _rig.Bot.SendAsync(french, "jumeler");

        Assert.Contains("binôme(s) proposé(s) à votre validation", replies.Texts());
        Assert.Contains("Ada avec Maya", replies.LastCard().ToString());
        Assert.Contains("Tout valider", replies.LastCard().ToString());
        Assert.Contains("Compétences en commun : Data engineering", replies.LastCard().ToString());
        Assert.Contains("40 heures de travail en commun par semaine", replies.LastCard().ToString());
    }

    private static int Buttons(System.Text.Json.Nodes.JsonObject card, string title) =>
        JObject.Parse(card.ToJsonString()).SelectTokens("$..actions[*].title").Count(t => t.ToString() == title);
}
