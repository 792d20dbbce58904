using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// The mentor's say in an automatic programme: offers go straight to mentors; accepting introduces both people,
/// declining or letting the deadline pass asks the mentee's next best mentor and tells the lead; when nobody is
/// left, mentee and lead are told why. Only the offered mentor can answer, and only once.
/// </summary>
public sealed class MentorAnswerTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new();
    private TeamsUser _ada = null!, _ben = null!, _maya = null!, _noah = null!, _omar = null!;

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.Automatic);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _ben = await _rig.PersonAsync("Ben", Role.Mentee, ["Public speaking"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Public speaking"]);
        _omar = await _rig.PersonAsync("Omar", Role.Mentor, ["Negotiation"]);
        Assert.Contains("2 offered to mentors", await _rig.MatchAsync());
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task MentorAccepts_ThePairIsActive_AndBothGetTheIntroductionCard_WithFindATime()
    {
        var offer = Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId));
        Assert.Contains("Please answer by", offer.ToJsonString());

        var (replies, updated) = await _rig.PressAsync(_maya, offer, "Accept");

        Assert.Contains("You will both receive an introduction card", replies.Texts());
        Assert.Contains("Accepted: the pair is active", updated!.ToString());
        Assert.Empty(updated.SelectTokens("$..actions[*]"));
        var pair = await _rig.PairAsync(_ada, _maya);
        Assert.Equal(PairStatus.Active, pair.Status);

        var toAda = Assert.Single(_rig.Messenger.CardsTo(_ada.ObjectId));
        var toMaya = _rig.Messenger.CardsTo(_maya.ObjectId).Single(c => c.ToJsonString().Contains("Meet your", StringComparison.Ordinal));
        Assert.Equal("Meet your mentor, Maya", toAda["body"]![0]!["text"]!.ToString());
        Assert.Equal("Meet your mentee, Ada", toMaya["body"]![0]!["text"]!.ToString());
        Assert.Contains("Principal engineer", toAda.ToJsonString());
        Assert.Contains("Skills in common: Data engineering", toAda.ToJsonString());
        Assert.DoesNotContain("not known for both", toAda.ToJsonString(), StringComparison.Ordinal);
        var findTime = toAda["actions"]![0]!;
        Assert.Equal(("Action.Execute", "findTime", "Find a time"), (findTime["type"]!.ToString(), findTime["verb"]!.ToString(), findTime["title"]!.ToString()));
        Assert.Equal((_rig.Programme.Id, pair.Id), (findTime["data"]!["programmeId"]!.ToString(), findTime["data"]!["pairId"]!.ToString()));
    }

    [Fact]
    public async Task ARepeatedAnswer_ChangesNothing_AndNothingIsSentTwice()
    {
        var offer = Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId));
        await _rig.PressAsync(_maya, offer, "Accept");

        var (again, _) = await _rig.PressAsync(_maya, offer, "Decline");

        Assert.Contains("already settled (Accepted: the pair is active)", again.Texts());
        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Single(_rig.Messenger.CardsTo(_ada.ObjectId));
        Assert.Empty(_rig.Messenger.TextsTo(_rig.Lead.ObjectId));
    }

    [Fact]
    public async Task SomeoneElse_CannotAnswerTheMentorsOffer_NorAForgedOne()
    {
        var offer = Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId));

        var (notYours, card) = await _rig.PressAsync(_noah, offer, "Accept");
        var (forged, _) = await _rig.InvokeAsync(_maya, "offerAccept", new JObject { ["programmeId"] = _rig.Programme.Id, ["pairId"] = "made~up" });

        Assert.Contains("made to someone else", notYours.Texts());
        Assert.Null(card);
        Assert.Contains("no longer exists", forged.Texts());
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Empty(_rig.Messenger.CardsTo(_ada.ObjectId));
    }

    [Fact]
    public async Task MentorDeclines_TheNextCandidateIsAsked_AndTheLeadIsTold_WithTheReason()
    {
        var offer = Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId));

        var (replies, updated) = await _rig.PressAsync(_maya, offer, "Decline", new { declineReason = "Too busy this quarter" });

        Assert.Contains("next best mentor will be asked", replies.Texts());
        Assert.Contains("Declined by the mentor", updated!.ToString());
        var declined = await _rig.PairAsync(_ada, _maya);
        Assert.Equal((PairStatus.Declined, "Too busy this quarter"), (declined.Status, declined.DeclineReason));
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _omar)).Status);
        Assert.Equal("Would you mentor Ada?", Assert.Single(_rig.Messenger.CardsTo(_omar.ObjectId))["body"]![0]!["text"]!.ToString());
        Assert.Equal("Maya declined to mentor Ada in Data mentoring. Reason: Too busy this quarter", Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId)));
    }

    [Fact]
    public async Task TheDeclineReason_IsInTheMentorsData_ButNotInTheMentees()
    {
        await _rig.PressAsync(_maya, Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)), "Decline", new { declineReason = "Too busy this quarter" });

        Assert.Contains("Too busy this quarter", (await _rig.Bot.SendAsync(_maya, "my data")).LastCard().ToString());
        // The card's text is Markdown with what people typed escaped ("~" in a pair id reads "\~"): read the texts.
        var adas = string.Join("\n", (await _rig.Bot.SendAsync(_ada, "my data")).LastCard().SelectTokens("$..text"));
        Assert.Contains(Dialogs.Cards.Markdown.Literal((await _rig.PairAsync(_ada, _maya)).Id), adas);
        Assert.DoesNotContain("Too busy", adas);
    }

    [Fact]
    public async Task WhenNobodyIsLeft_TheMenteeAndTheLeadAreToldWhy()
    {
        await _rig.PressAsync(_maya, Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)), "Decline");
        await _rig.PressAsync(_omar, Assert.Single(_rig.Messenger.CardsTo(_omar.ObjectId)), "Decline");

        // Noah, the only mentor left, has his one place taken by Ben's offer.
        Assert.Equal("We could not find you a mentor in Data mentoring yet: Every mentor who fits has no place left. The programme's leads know, and you will hear from us when that changes.", Assert.Single(_rig.Messenger.TextsTo(_ada.ObjectId)));
        Assert.Contains("No other mentor is available for Ada in Data mentoring: Every mentor who fits has no place left.", _rig.Messenger.TextsTo(_rig.Lead.ObjectId));
        Assert.Equal(3, _rig.Messenger.TextsTo(_rig.Lead.ObjectId).Count);
    }

    [Fact]
    public async Task AnOfferInAClosedProgramme_CanNoLongerBeAnswered()
    {
        var store = _rig.Bot.Services.GetRequiredService<Dialogs.Stores.ProgrammeStore>();
        var (programme, version) = (await store.GetVersionedAsync(_rig.Programme.Id, default))!.Value;
        await store.SaveAsync(programme with { Status = ProgrammeStatus.Closed }, version, default);

        var (replies, card) = await _rig.PressAsync(_maya, Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)), "Accept");

        Assert.Contains("That programme is closed", replies.Texts());
        Assert.Null(card);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Empty(_rig.Messenger.CardsTo(_ada.ObjectId));
    }

    [Fact]
    public async Task AnOversizeDeclineReason_IsRefusedWithTheLimit_AndChangesNothing()
    {
        var offer = Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId));

        var (replies, card) = await _rig.PressAsync(_maya, offer, "Decline", new { declineReason = new string('x', 501) });

        Assert.Contains("Your reason is 501 characters long; the limit is 500", replies.Texts());
        Assert.Null(card);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _maya)).Status);
    }

    [Fact]
    public async Task Expiry_OfAStillOfferedPair_AsksTheNextCandidate_ButAnAnsweredPairIsLeftAlone()
    {
        var offers = _rig.Bot.Services.GetRequiredService<PairOffers>();
        await _rig.PressAsync(_noah, Assert.Single(_rig.Messenger.CardsTo(_noah.ObjectId)), "Accept");

        Assert.False(await offers.ExpireAsync(_rig.Programme.Id, (await _rig.PairAsync(_ben, _noah)).Id, default));
        Assert.True(await offers.ExpireAsync(_rig.Programme.Id, (await _rig.PairAsync(_ada, _maya)).Id, default));
        Assert.False(await offers.ExpireAsync(_rig.Programme.Id, (await _rig.PairAsync(_ada, _maya)).Id, default));

        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ben, _noah)).Status);
        Assert.Equal(PairStatus.Expired, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _omar)).Status);
        Assert.Equal("Maya did not answer the offer to mentor Ada in Data mentoring in time; it has expired.", Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId)));
        Assert.Single(_rig.Messenger.CardsTo(_omar.ObjectId));
    }

    [Fact]
    public async Task AnAcceptanceAfterTheDeadline_BeforeTheJobRan_ExpiresTheOffer_AndAsksTheNextCandidate()
    {
        var offer = Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId));
        var (pair, version) = (await _rig.Pairs.GetVersionedAsync(_rig.Programme.Id, (await _rig.PairAsync(_ada, _maya)).Id, default))!.Value;
        await _rig.Pairs.SaveAsync(pair with { AnswerBy = DateTimeOffset.UtcNow.AddMinutes(-1) }, version, default);

        var (replies, _) = await _rig.PressAsync(_maya, offer, "Accept");

        Assert.Contains("ran out", replies.Texts());
        Assert.Equal(PairStatus.Expired, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _omar)).Status);
        Assert.DoesNotContain(_rig.Messenger.CardsTo(_ada.ObjectId), c => c.ToJsonString().Contains("Meet your", StringComparison.Ordinal));
        Assert.Equal("Maya did not answer the offer to mentor Ada in Data mentoring in time; it has expired.", Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId)));
    }
}
