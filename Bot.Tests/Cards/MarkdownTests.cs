using MentorBot.Dialogs.Cards;
using MentorBot.Tests.Domain.Text;

namespace MentorBot.Tests.Cards;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("[Re-verify your MFA](https://evil.example)", @"\[Re-verify your MFA\]\(https\:/\/evil\.example\)")]
    [InlineData("**urgent** _now_ ~~old~~ `code`", @"\*\*urgent\*\* \_now\_ \~\~old\~\~ \`code\`")]
    [InlineData("- not a list\n+ nor this\n12. nor this\n3) nor this", "\\- not a list\n\\+ nor this\n12\\. nor this\n3\\) nor this")]
    [InlineData("# heading > quote | cell", @"\# heading \> quote \| cell")]
    [InlineData("<https://evil.example> &amp; ![img](x)", @"\<https\:/\/evil\.example\> \&amp; \!\[img\]\(x\)")]
    [InlineData("write to ada@contoso.com or www.evil.example", @"write to ada@contoso\.com or www\.evil\.example")]
    [InlineData("Dr. Smith, e.g. 2 p.m.", @"Dr. Smith, e\.g. 2 p\.m.")]
    [InlineData("Grow as a leader", "Grow as a leader")]
    [InlineData("Data-driven, 2024 plan", "Data-driven, 2024 plan")]
    public void Literal_EscapesMarkdownAndAddresses(string typed, string escaped)
    {
        Assert.Equal(escaped, Markdown.Literal(typed));
    }

    [Fact]
    public void Literal_AndPlain_DropInvisibleCharacters_AndRepairLoneSurrogates()
    {
        Assert.Equal("paygnp\\.exe", Markdown.Literal("pay\u202Egnp.exe\u200B"));
        Assert.Equal("Ada \uFFFD", Markdown.Plain("Ada \uD800"));
    }

    [Fact]
    public void Literal_NeverLeavesALiveLinkOrAnInvisibleCharacter_OverManyGeneratedStrings()
    {
        var random = new Random(42);
        for (var run = 0; run < 3000; run++)
        {
            var typed = TypedTextTests.Generated(random);
            var shown = Markdown.Literal(typed);

            Assert.True(!LiveMarkup.In(shown).Any(), $"'{typed}' shown as '{shown}': {string.Join(", ", LiveMarkup.In(shown))}");
            Assert.True(Dialogs.Domain.Text.TypedText.IsWellFormed(shown));
        }
    }

    [Fact]
    public void Excerpt_ShowsTheFirstItems_AndCountsTheRest()
    {
        var cut = Excerpt.Of(Enumerable.Range(1, 25), 10);
        var text = new Dialogs.Localization.Localizer("en");

        Assert.Equal(Enumerable.Range(1, 10), cut.Shown);
        Assert.Equal(15, cut.LeftOff);
        Assert.Equal("…and 15 more.", (string?)cut.MoreLine(text)!["text"]);
        Assert.Null(Excerpt.Of([1, 2], 10).MoreLine(text));
        Assert.Equal(2, Excerpt.Of(["aaaa", "bbbb", "cccc"], 10, s => s.Length, 9).Shown.Count);
    }
}
