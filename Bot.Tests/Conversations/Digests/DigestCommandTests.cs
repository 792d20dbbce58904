using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Digests;

/// <summary>`digest` / `bilan` and `at risk` / `à risque`: leads get the card in the chat they asked in; nobody else does.</summary>
public sealed class DigestCommandTests : IAsyncLifetime
{
    private readonly DigestRig _d = new();

    public Task InitializeAsync() => _d.InitializeAsync();

    public Task DisposeAsync() => _d.DisposeAsync();

    [Fact]
    public async Task Digest_GivesTheLeadTheProgrammesCard_WithTheStalledPairAtRisk()
    {
        var card = await _d.CardAsync(_d.Lead);

        var json = card.ToJsonString();
        Assert.Equal($"{_d.W.Programme.Name}: digest", JObject.Parse(json).Heading());
        Assert.Contains("\"Chart.Donut\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Chart.Line\"", json, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace and Max Mentor: Stalled", json, StringComparison.Ordinal);
        Assert.Contains(_d.W.Pair.Id, json, StringComparison.Ordinal);
        Assert.Empty(Cards.AdaptiveCardSchema.Validate(card));
    }

    [Fact]
    public async Task Bilan_InFrench_GivesTheCardInFrench_ForTheNamedProgramme()
    {
        var french = TeamsUser.Create("Léa Responsable", "fr-FR");
        await _d.AddLeadAsync(french);

        var card = await _d.CardAsync(french, "bilan " + _d.W.Programme.Name.ToUpperInvariant());

        Assert.Equal($"{_d.W.Programme.Name} : bilan", JObject.Parse(card.ToJsonString()).Heading());
        Assert.Contains("Binômes qui ont besoin de vous (1)", JObject.Parse(card.ToJsonString()).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("at risk")]
    [InlineData("à risque")]
    public async Task SomeoneWhoLeadsNoProgramme_IsToldOnlyLeadsCan_AndGetsNoCard(string command)
    {
        var replies = await _d.SayAsync(_d.W.Ada, command);

        Assert.Contains("Only programme leads can do that", replies.Texts());
        Assert.DoesNotContain(replies, r => r.Card() is not null);
    }

    [Fact]
    public async Task AProgrammeNameTheLeadDoesNotLead_IsSaid_AndNoCardIsSent()
    {
        var replies = await _d.SayAsync(_d.Lead, "digest Nothing like it");

        Assert.Contains("You lead no programme named Nothing like it.", replies.Texts());
        Assert.DoesNotContain(replies, r => r.Card() is not null);
    }

    [Fact]
    public async Task ALeadOfTwoProgrammes_GetsOneCardEach_AndEachOnlyItsOwnPairs()
    {
        await _d.OtherProgrammeAsync(_d.Lead);

        var cards = (await _d.SayAsync(_d.Lead, "digest")).Select(r => r.Card()).OfType<JObject>().ToList();

        Assert.Equal(["Data mentoring: digest", "Reverse mentoring: digest"], cards.Select(c => c.Heading()).Order());
        Assert.Single(cards, c => c.ToString().Contains(_d.W.Pair.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtRisk_ShowsTheListAlone()
    {
        var card = await _d.CardAsync(_d.Lead, "at risk");

        var json = card.ToJsonString();
        Assert.Equal($"Pairs that need you in {_d.W.Programme.Name}", JObject.Parse(json).Heading());
        Assert.DoesNotContain("Chart.", json, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace and Max Mentor: Stalled", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APairThatEnded_LeavesTheAtRiskList()
    {
        var (pair, version) = (await _d.W.Rig.Pairs.GetVersionedAsync(_d.W.Programme.Id, _d.W.Pair.Id, default))!.Value;
        await _d.W.Rig.Pairs.SaveAsync(pair.End(DateTimeOffset.UtcNow, PairEnding.Faded).Value, version, default);

        var card = await _d.CardAsync(_d.Lead, "at risk");

        Assert.Contains("No pair needs you right now.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DigestCard.NudgeVerb, card.ToJsonString(), StringComparison.Ordinal);
    }
}
