using System.Text;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Localization;
using static MentorBot.Tests.Domain.Digests.DigestSample;

namespace MentorBot.Tests.Cards;

/// <summary>
/// The digest card beyond the catalogue's checks: its charts say what the figures say, in chart and fallback alike;
/// it fits in one Teams message at 10,000 pairs; suppressed figures read "not enough answers yet"; nothing anyone wrote
/// reaches it; each at-risk row carries its three buttons.
/// </summary>
public sealed class DigestCardTests
{
    /// <summary>Teams refuses a message over about 28 KB (the whole activity): the card leaves room for the envelope.</summary>
    private const int MaxCardBytes = 24 * 1024;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Digest_OfTenThousandPairs_WithLongNames_FitsInOneMessage(string language)
    {
        // Entra object ids (36 characters) as pair ids, names far longer than most, a programme name at its longest.
        var records = DigestCardSamples.WithDirectoryIds(DigestCardSamples.Records(10_000, name => name + " " + new string('é', 120)));
        var figures = DigestFigures.Of(records with { Programme = records.Programme with { Name = new string('P', Dialogs.Domain.Limits.ProgrammeNameMax) } }, Now);

        var card = DigestCard.Build(new DigestView(figures, "Europe/Paris"), new Localizer(language));

        // Measured as it goes out: the Bot Framework writes the card with Newtonsoft (CardAttachment), which does not escape "é".
        var bytes = Encoding.UTF8.GetByteCount(Newtonsoft.Json.Linq.JObject.Parse(card.ToJsonString()).ToString(Newtonsoft.Json.Formatting.None));
        Assert.True(bytes <= MaxCardBytes, $"{bytes} bytes: " + string.Join(", ", card["body"]!.AsArray().Select(b => Encoding.UTF8.GetByteCount(b!.ToJsonString()))));
        Assert.Contains(figures.AtRisk[0].Pair.Id, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(73, figures.AtRisk[0].Pair.Id.Length);
        Assert.Equal(DigestFigures.AtRiskShown, Rows(card).Count);
        Assert.True(figures.AtRiskCount > 5000, $"{figures.AtRiskCount} at risk");
        Assert.Empty(AdaptiveCardSchema.Validate(card));
        Assert.Empty(CardRules.Check(card));
    }

    [Fact]
    public void Charts_ShowPairsByHealthAndMeetingsPerWeek_AndTheirFallbacksSayTheSame()
    {
        var figures = DigestCardSamples.Figures(40, n => n);

        var card = DigestCard.Build(new DigestView(figures, "UTC"), new Localizer("en"));

        var donut = Elements(card).Single(e => (string?)e["type"] == "Chart.Donut");
        var slices = donut["data"]!.AsArray().Select(d => ((string)d!["legend"]!, (int)d["value"]!)).ToList();
        Assert.Equal(figures.PairsByHealth.Where(h => h.Pairs > 0).Select(h => (new Localizer("en").Of(h.State), h.Pairs)), slices);
        Assert.Equal(slices, donut["fallback"]!["facts"]!.AsArray().Select(f => ((string)f!["title"]!, int.Parse((string)f["value"]!, System.Globalization.CultureInfo.InvariantCulture))));

        var line = Elements(card).Single(e => (string?)e["type"] == "Chart.Line");
        var points = line["data"]![0]!["values"]!.AsArray().Select(p => (int)p!["y"]!).ToList();
        Assert.Equal(figures.MeetingsPerWeek.Select(w => w.Meetings), points);
        var fallback = (string)line["fallback"]!["text"]!;
        Assert.All(figures.MeetingsPerWeek, w => Assert.Contains($"{w.Start.ToString("d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}: {w.Meetings}", fallback, StringComparison.Ordinal));
        Assert.Contains(points, p => p > 0);
    }

    [Fact]
    public void ChartChecks_RejectWhatTeamsDoesNotDocument()
    {
        var good = DigestCharts.Donut("t", [("On track", 3, "good")], AdaptiveCard.Text("3 on track"));
        JsonObject[] broken =
        [
            Without(good, "fallback"),
            With(good, "data", new JsonArray(new JsonObject { ["legend"] = "On track", ["values"] = 3 })),
            With(good, "data", new JsonArray(new JsonObject { ["legend"] = "On track", ["value"] = 3, ["color"] = "#00ff00" })),
            With(DigestCharts.Line("t", "Meetings", [("1 Mar", 2)], "categoricalBlue", AdaptiveCard.Text("2")), "data", new JsonArray(new JsonObject { ["legend"] = "Meetings", ["values"] = new JsonArray(new JsonObject { ["x"] = "1 Mar" }) })),
        ];

        Assert.Empty(TeamsCharts.Check(AdaptiveCard.Create([good])));
        Assert.All(broken, chart => Assert.NotEmpty(TeamsCharts.Check(AdaptiveCard.Create([chart]))));
    }

    [Theory]
    [InlineData("en", "not enough answers yet (n = 3)")]
    [InlineData("fr", "pas encore assez de réponses (n = 3)")]
    public void FiguresFromTooFewPeople_ReadNotEnoughAnswersYet(string language, string expected)
    {
        var card = CardCatalogue.Build("DigestCard.TooFewAnswers", language);

        var facts = Elements(card).Where(e => (string?)e["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => (string?)f!["value"]).ToList();
        Assert.Equal(2, facts.Count(v => v == expected)); // relationship quality and would-recommend
        Assert.Contains("Net Promoter Score", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NothingAnyoneWrote_ReachesTheCard()
    {
        var json = DigestCard.Build(new DigestView(DigestCardSamples.Figures(40, n => n), "UTC"), new Localizer("en")).ToJsonString();

        Assert.DoesNotContain("SECRET", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EachAtRiskRow_OffersNudgeMessageAndEnd_ForItsPair_AndTheAtRiskCardSaysSo()
    {
        var figures = DigestCardSamples.Figures(40, n => n);

        var digest = DigestCard.Build(new DigestView(figures, "UTC"), new Localizer("en"));
        var atRisk = DigestCard.Build(new DigestView(figures, "UTC") { AtRiskOnly = true }, new Localizer("en"));

        var rows = Rows(digest);
        Assert.Equal(figures.AtRisk.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var verbs = Elements(rows[i]).Where(e => (string?)e["type"] == "Action.Execute").Select(e => ((string?)e["verb"], (string?)e["data"]![Dialogs.Cards.CardData.PairIdField])).ToList();
            Assert.Equal([(DigestCard.NudgeVerb, figures.AtRisk[i].Pair.Id), (DigestCard.ShowVerb, figures.AtRisk[i].Pair.Id), (DigestCard.ShowVerb, figures.AtRisk[i].Pair.Id)], verbs);
            var steps = Elements(rows[i]).Where(e => (string?)e["type"] == "Action.Execute").Select(e => (string?)e["data"]![DigestCard.StepField]);
            Assert.Equal([null, DigestCard.MessageStep, DigestCard.EndStep], steps);
        }

        Assert.All(Elements(atRisk).Where(e => (string?)e["type"] == "Action.Execute"), e => Assert.True((bool)e["data"]![DigestCard.AtRiskOnlyField]!));
        Assert.DoesNotContain(Elements(atRisk), e => (string?)e["type"] == "Chart.Donut");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void InAChannel_TheDigestNamesNobody_AndHasNoButtons_ButKeepsTheCounts(string language)
    {
        var figures = DigestCardSamples.Figures(40, n => n);
        Assert.NotEmpty(figures.AtRisk);
        Assert.NotEmpty(figures.Offers);
        Assert.NotEmpty(figures.Unmatched);
        var names = figures.AtRisk.SelectMany(p => new[] { p.Mentee.DisplayName, p.Mentor.DisplayName })
            .Concat(figures.Offers.SelectMany(o => new[] { o.Mentee?.DisplayName, o.Mentor?.DisplayName }))
            .Concat(figures.Unmatched.Select(u => u.Mentee.DisplayName))
            .OfType<string>().Distinct().ToList();

        var personal = DigestCard.Build(new DigestView(figures, "UTC"), new Localizer(language)).ToJsonString();
        var channel = DigestCard.Build(new DigestView(figures, "UTC") { InChannel = true }, new Localizer(language));
        var json = channel.ToJsonString();

        Assert.Contains(names, n => personal.Contains(n, StringComparison.Ordinal));
        Assert.All(names, n => Assert.DoesNotContain(n, json, StringComparison.Ordinal));
        Assert.DoesNotContain(Elements(channel), e => ((string?)e["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);
        Assert.Contains(figures.AtRiskCount.ToString(new Localizer(language).Culture), json, StringComparison.Ordinal);
        Assert.Contains(Elements(channel), e => (string?)e["type"] == "Chart.Donut");
    }

    private static List<JsonObject> Rows(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "Container")];

    private static IEnumerable<JsonObject> Elements(JsonNode node)
    {
        switch (node)
        {
            case JsonObject element:
                yield return element;
                foreach (var (_, child) in element)
                {
                    if (child is not null)
                    {
                        foreach (var e in Elements(child))
                            yield return e;
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items.OfType<JsonNode>())
                {
                    foreach (var e in Elements(item))
                        yield return e;
                }

                break;
        }
    }

    private static JsonObject With(JsonObject chart, string name, JsonNode value)
    {
        var copy = (JsonObject)chart.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject chart, string name)
    {
        var copy = (JsonObject)chart.DeepClone();
        copy.Remove(name);
        return copy;
    }
}
