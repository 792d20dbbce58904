using System.Reflection;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;

namespace MentorBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in English and French, is valid against the official Adaptive Card 1.5 schema and
/// follows our own rules (buttons with titles and verbs, no empty text).
/// </summary>
public sealed class CardTests
{
    [Theory]
    [MemberData(nameof(CardCatalogue.Names), MemberType = typeof(CardCatalogue))]
    public void Card_IsValidAgainstTheAdaptiveCard15Schema(string card, string language)
    {
        var problems = AdaptiveCardSchema.Validate(CardCatalogue.Build(card, language));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(CardCatalogue.Names), MemberType = typeof(CardCatalogue))]
    public void Card_FollowsOurRules(string card, string language)
    {
        var problems = CardRules.Check(CardCatalogue.Build(card, language));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(CardCatalogue.Names), MemberType = typeof(CardCatalogue))]
    public void Card_IsWrittenInItsLanguage(string card, string language)
    {
        var built = CardCatalogue.Build(card, language);
        var other = CardCatalogue.Build(card, language == "fr" ? "en" : "fr");

        // Compared whole: some headings are user data (a programme's name) and read the same in both languages.
        Assert.NotEqual(built.ToJsonString(), other.ToJsonString());
    }

    [Fact]
    public void Catalogue_CoversEveryCardBuilder()
    {
        var builders = typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(AdaptiveCard).Namespace && t.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)?.ReturnType == typeof(JsonObject));

        Assert.Equal(builders.Select(t => t.Name).Order(), CardCatalogue.Builders.Select(t => t.Name).Order());
        Assert.All(CardCatalogue.Builders, t => Assert.Contains(CardCatalogue.All.Keys, k => k.Card == t.Name));
    }

    [Fact]
    public void WelcomeCard_OffersBothWaysToJoin()
    {
        var actions = CardCatalogue.Build(nameof(WelcomeCard), "en")["actions"]!.AsArray();

        Assert.Equal(["mentee", "mentor"], actions.Select(a => (string?)a!["data"]![CardData.RoleField]));
        Assert.All(actions, a => Assert.Equal(CardData.JoinVerb, (string?)a!["data"]![CardData.VerbField]));
    }

    [Theory]
    [InlineData("""{"type":"TextBlok","text":"typo in the element type"}""")]
    [InlineData("""{"type":"TextBlock","text":"a size Teams does not know","size":"Huge"}""")]
    [InlineData("""{"type":"TextBlock"}""")]
    [InlineData("""{"type":"FactSet","facts":[{"title":"only a title"}]}""")]
    public void Schema_RejectsABrokenElement(string element)
    {
        var card = AdaptiveCard.Create([JsonNode.Parse(element)!]);

        Assert.NotEmpty(AdaptiveCardSchema.Validate(card));
    }

    [Fact]
    public void Schema_RejectsAVerbOnAnActionSubmit_WhereItBelongsInData()
    {
        var card = AdaptiveCard.Create([AdaptiveCard.Text("hello")], [JsonNode.Parse("""{"type":"Action.Submit","title":"Go","verb":"go"}""")!]);

        Assert.NotEmpty(AdaptiveCardSchema.Validate(card));
    }

    [Fact]
    public void Rules_FlagWhatTheSchemaAllows_ButTeamsUsersWouldSee()
    {
        var card = AdaptiveCard.Create(
            [AdaptiveCard.Text(" "), AdaptiveCard.Text("Hello {0}"), AdaptiveCard.FactSet([("help", "")])],
            [JsonNode.Parse("""{"type":"Action.Submit","title":"Go","data":{"role":"mentee"}}""")!, AdaptiveCard.Submit("", "join")]);
        card["version"] = "1.6";

        var problems = CardRules.Check(card);

        Assert.Equal(6, problems.Count);
        Assert.Empty(AdaptiveCardSchema.Validate(card));
    }
}
