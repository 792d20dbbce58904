using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>The personal chat through the real activity handler: commands, free text, limits and card submissions.</summary>
public sealed class PersonalChatTests : IDisposable
{
    private static readonly Localizer English = new("en-US");
    private static readonly Localizer French = new("fr-FR");

    private readonly PersonalChatHarness _chat = new();

    public void Dispose() => _chat.Dispose();

    [Theory]
    [InlineData("help")]
    [InlineData("  /HELP! ")]
    [InlineData("Help?")]
    public async Task Help_AnswersWithTheHelpCard_ListingEveryCommand(string text)
    {
        var replies = await _chat.SayAsync(text);

        var card = SingleCard(replies);
        Assert.Equal("Here is what I can do", (string?)card["body"]![0]!["text"]);
        Assert.Equal(BotCommands.All.Select(c => c.Name), FactTitles(card));
        Assert.Equal(BotCommands.All.Select(c => English[c.DescriptionKey]), FactValues(card));
    }

    [Fact]
    public async Task Help_AfterTheBotsMention_InATeam_AnswersWithTheHelpCard()
    {
        var activity = new TeamsUser("6f1c0a52-0000-4000-8000-00000000b0b1", "Megan Bowen", "en-US", PersonalChatHarness.TenantId).Activity(ActivityTypes.Message);
        activity.Conversation.ConversationType = "channel";
        activity.Text = "<at>MentorBot</at> help";

        var replies = await _chat.SendAsync(activity);

        Assert.Equal(English["HelpTitle"], (string?)SingleCard(replies)["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Aide_InFrench_AnswersWithTheFrenchHelpCard_AndFrenchCommandNames()
    {
        var replies = await _chat.SayAsync("aide", "fr-FR");

        var card = SingleCard(replies);
        Assert.Equal("Voici ce que je sais faire", (string?)card["body"]![0]!["text"]);
        Assert.Equal(BotCommands.All.Select(c => c.FrenchName), FactTitles(card));
        Assert.Equal(BotCommands.All.Select(c => French[c.DescriptionKey]), FactValues(card));
    }

    [Fact]
    public async Task EnglishCommand_FromAFrenchUser_IsAnsweredInFrench()
    {
        var replies = await _chat.SayAsync("help", "fr-CA");

        Assert.Equal(French["HelpTitle"], (string?)SingleCard(replies)["body"]![0]!["text"]);
    }

    [Fact]
    public async Task JoinCommand_AnswersWithTheWelcomeCard()
    {
        var replies = await _chat.SayAsync("rejoindre", "fr-FR");

        var card = SingleCard(replies);
        Assert.Equal(French["WelcomeTitle"], (string?)card["body"]![0]!["text"]);
        Assert.Equal(["mentee", "mentor"], card["actions"]!.Select(a => (string?)a["data"]![CardData.RoleField]));
    }

    [Fact]
    public async Task UnknownText_GetsAShortHint_EchoingWhatWasSaid()
    {
        var replies = await _chat.SayAsync("book me a flight to Lyon");

        var text = SingleText(replies);
        Assert.Equal(English.Format("UnknownCommand", "book me a flight to Lyon"), text);
        Assert.Contains("Type help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLongText_IsEchoedAsAShortSingleLineExcerpt()
    {
        var line = string.Concat(Enumerable.Range(0, 20).Select(i => $"word{i:00} "));
        var replies = await _chat.SayAsync($"first line\n{line}");

        var text = SingleText(replies);
        var expectedExcerpt = $"first line {line}"[..57] + "...";
        Assert.Equal(English.Format("UnknownCommand", expectedExcerpt), text);
        Assert.DoesNotContain("word19", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public async Task EmptyText_GetsTheHintWithoutAnEcho()
    {
        var replies = await _chat.SayAsync("   ");

        Assert.Equal(English["UnknownCommandEmpty"], SingleText(replies));
    }

    [Fact]
    public async Task TextOverTheLimit_IsRefused_WithTheLimitStated()
    {
        var replies = await _chat.SayAsync(new string('x', 2001));

        var text = SingleText(replies);
        Assert.Equal("That message is too long (2001 characters); I read at most 2000.", text);
    }

    [Fact]
    public async Task TextAtTheLimit_IsStillRead()
    {
        var replies = await _chat.SayAsync(new string('x', 2000));

        Assert.StartsWith("Sorry, I did not understand “xxx", SingleText(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentee", "en-US", "OnboardNoProgramme")]
    [InlineData("mentor", "en-US", "OnboardNoProgramme")]
    [InlineData("mentee", "fr-FR", "OnboardNoProgramme")]
    [InlineData("mentor", "fr-FR", "OnboardNoProgramme")]
    public async Task JoinButton_WithNoProgrammeOpen_SaysSoInTheUsersLanguage(string role, string locale, string key)
    {
        var replies = await _chat.SubmitAsync(new JObject { ["verb"] = "join", ["role"] = role }, locale);

        Assert.Equal(new Localizer(locale)[key], SingleText(replies));
    }

    [Theory]
    [InlineData("""{"verb":"explode"}""")]
    [InlineData("""{"verb":"join"}""")]
    [InlineData("""{"verb":"join","role":"lead"}""")]
    [InlineData("""{"verb":"join","role":42}""")]
    [InlineData("""{"verb":"join","role":{"name":"mentee"}}""")]
    [InlineData("""{"verb":"join","role":null}""")]
    [InlineData("""{"role":"mentee"}""")]
    [InlineData("""{"verb":42,"role":"mentee"}""")]
    [InlineData("""{"verb":["join"],"role":"mentee"}""")]
    [InlineData("""{"verb":{"name":"join"},"role":"mentee"}""")]
    [InlineData("""{}""")]
    [InlineData("""["join","mentee"]""")]
    [InlineData("\"join\"")]
    public async Task CardSubmission_ThatIsNotOneOfOurs_GetsTheRestartHint(string value)
    {
        var replies = await _chat.SubmitAsync(JToken.Parse(value));

        Assert.Equal("That button belongs to a card I no longer recognise. Type help to start again.", SingleText(replies));
    }

    [Fact]
    public async Task CardSubmission_ThatIsNotOneOfOurs_GetsTheRestartHintInFrench()
    {
        var replies = await _chat.SubmitAsync(new JObject { ["verb"] = "old-step" }, "fr-FR");

        Assert.Equal(French["UnknownCardAction"], SingleText(replies));
    }

    internal static JObject SingleCard(IReadOnlyList<Activity> replies)
    {
        var reply = Assert.Single(replies);
        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        var card = Assert.IsType<JObject>(attachment.Content);
        Assert.Equal("1.5", (string?)card["version"]);
        return card;
    }

    private static string SingleText(IReadOnlyList<Activity> replies)
    {
        var reply = Assert.Single(replies);
        Assert.Empty(reply.Attachments ?? []);
        return reply.Text;
    }

    private static IEnumerable<string?> FactTitles(JObject card) => card["body"]!.Single(e => (string?)e["type"] == "FactSet")["facts"]!.Select(f => (string?)f["title"]);

    private static IEnumerable<string?> FactValues(JObject card) => card["body"]!.Single(e => (string?)e["type"] == "FactSet")["facts"]!.Select(f => (string?)f["value"]);
}
