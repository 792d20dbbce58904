using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// Mentee-chooses programmes: each mentee picks among their best three mentors and the pick is offered to that
/// mentor; a mentee nobody fits is told why, once, however often the lead runs matching.
/// </summary>
public sealed class MenteeChoiceTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new();
    private TeamsUser _ada = null!, _maya = null!, _noah = null!, _omar = null!, _pia = null!;

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.MenteeChooses);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Public speaking"]);
        _omar = await _rig.PersonAsync("Omar", Role.Mentor, ["Negotiation"]);
        await _rig.PersonAsync("Pia", Role.Mentor, ["Storytelling"]);
        _pia = await _rig.PersonAsync("Hans", Role.Mentee, ["Data engineering"], ["de"]);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task TheMenteeGetsTheirBestThree_AndTheirPickIsOfferedToThatMentor()
    {
        Assert.Contains("1 mentee(s) choosing", await _rig.MatchAsync());
        var choice = Assert.Single(_rig.Messenger.CardsTo(_ada.ObjectId));
        var buttons = Newtonsoft.Json.Linq.JObject.Parse(choice.ToJsonString()).SelectTokens("$..actions[*].title").Select(t => t.ToString()).ToList();

        // Of four mentors, the three best; Maya, who offers what Ada wants to learn, first.
        Assert.Equal(3, buttons.Count);
        Assert.Equal("Choose Maya", buttons[0]);

        var (replies, updated) = await _rig.PressAsync(_ada, choice, "Choose Maya");

        Assert.Contains("Your choice is sent to the mentor", replies.Texts());
        Assert.DoesNotContain("Choose", updated!.ToString(), StringComparison.Ordinal);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal("Would you mentor Ada?", Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId))["body"]![0]!["text"]!.ToString());

        // A second pick from the same card: she already has a pending request.
        var (again, _) = await _rig.PressAsync(_ada, choice, buttons[1]);
        Assert.Contains("already have a mentor or a pending request", again.Texts());
        Assert.All(new[] { _noah, _omar }, m => Assert.Empty(_rig.Messenger.To(m.ObjectId)));
        Assert.Single(await _rig.AllPairsAsync());
    }

    [Fact]
    public async Task SomeoneElse_CannotPickForTheMentee()
    {
        await _rig.MatchAsync();
        var choice = Assert.Single(_rig.Messenger.CardsTo(_ada.ObjectId));

        var (replies, _) = await _rig.PressAsync(_noah, choice, "Choose Maya");

        Assert.Contains("Only the mentee this card was sent to", replies.Texts());
        Assert.Empty(await _rig.AllPairsAsync());
    }

    [Fact]
    public async Task AMenteeNobodyFits_IsToldWhy_OnceAcrossRuns()
    {
        await _rig.MatchAsync();
        await _rig.MatchAsync();

        Assert.Equal("We could not find you a mentor in Data mentoring yet: No mentor fits well enough yet. The programme's leads know, and you will hear from us when that changes.", Assert.Single(_rig.Messenger.TextsTo(_pia.ObjectId)));
        Assert.Empty(_rig.Messenger.CardsTo(_pia.ObjectId));
    }
}
