using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Digests;

/// <summary>`report` / `rapport`: the investment case card for leads, nobody named on it; refused to anyone else.</summary>
public sealed class ReportCommandTests : IAsyncLifetime
{
    private readonly DigestRig _d = new();

    public Task InitializeAsync() => _d.InitializeAsync();

    public Task DisposeAsync() => _d.DisposeAsync();

    [Fact]
    public async Task Report_GivesTheLeadTheInvestmentCase_NamingNobody()
    {
        var card = await _d.CardAsync(_d.Lead, "report");

        var json = card.ToJsonString();
        Assert.Equal($"Mentoring programme report: {_d.W.Programme.Name}", JObject.Parse(json).Heading());
        Assert.Contains("Hours of mentoring", json, StringComparison.Ordinal);
        Assert.Contains("In a mentoring relationship", json, StringComparison.Ordinal);
        Assert.Matches(@"In a mentoring relationship"",""value"":""\d+% \(2 of \d+\)", json);
        Assert.DoesNotContain("Ada Lovelace", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Max Mentor", json, StringComparison.Ordinal);
        Assert.Empty(Cards.AdaptiveCardSchema.Validate(card));
    }

    [Fact]
    public async Task Rapport_InFrench_GivesTheCardInFrench()
    {
        var french = TeamsUser.Create("Léa Responsable", "fr-FR");
        await _d.AddLeadAsync(french);

        var card = await _d.CardAsync(french, "rapport");

        Assert.Equal($"Bilan du programme de mentorat : {_d.W.Programme.Name}", JObject.Parse(card.ToJsonString()).Heading());
        Assert.Contains("Heures de mentorat", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoLeadsNoProgramme_IsToldOnlyLeadsCan_AndGetsNoCard()
    {
        var replies = await _d.SayAsync(_d.W.Ada, "report");

        Assert.Contains("Only programme leads can do that", replies.Texts());
        Assert.DoesNotContain(replies, r => r.Card() is not null);
    }
}
