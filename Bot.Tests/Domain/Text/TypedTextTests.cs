using MentorBot.Dialogs.Domain.Text;

namespace MentorBot.Tests.Domain.Text;

public sealed class TypedTextTests
{
    private static readonly char[] Controls =
    [
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085',
    ];

    [Theory]
    [InlineData("pay\u202Egnp.exe", "paygnp.exe")]
    [InlineData("Ada\u200BLovelace", "AdaLovelace")]
    [InlineData("\uFEFFGrow\u2066 as a \u2069leader\u200E", "Grow as a leader")]
    [InlineData("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour")]
    [InlineData("tab\tand\nline stay", "tab\tand\nline stay")]
    [InlineData("Français, 日本語, emoji 🙂", "Français, 日本語, emoji 🙂")]
    public void Clean_RemovesInvisibleCharacters_AndNormalisesLineEndings(string typed, string kept)
    {
        Assert.Equal(kept, TypedText.Clean(typed));
    }

    [Fact]
    public void Clean_RemovesTagCharacters_WhichAreSurrogatePairs()
    {
        // U+E0041 TAG LATIN CAPITAL LETTER A: invisible, used to smuggle text past readers.
        Assert.Equal("ok", TypedText.Clean("o\U000E0041k"));
    }

    // Not theory data: attributes and test-case serialisation store strings as UTF-8, turning a lone surrogate into U+FFFD.
    [Fact]
    public void IsWellFormed_RefusesLoneSurrogates()
    {
        (string Text, bool WellFormed)[] cases = [("Grow \uD800", false), ("\uDC00 trailing half", false), ("reversed \uDE00\uD83D", false), ("paired 🙂", true), (string.Empty, true)];

        Assert.All(cases, c =>
        {
            Assert.Equal(c.WellFormed, TypedText.IsWellFormed(c.Text));
            Assert.Equal(c.WellFormed ? 0 : 1, TypedText.Check("goals", c.Text).Count());
        });
    }

    [Fact]
    public void Clean_NeverLetsAControlSurvive_AndIsIdempotent_OverManyGeneratedStrings()
    {
        var random = new Random(20270104);
        for (var run = 0; run < 2000; run++)
        {
            var text = Generated(random);
            var cleaned = TypedText.Clean(text);

            Assert.Null(Cards.LiveMarkup.Invisible(cleaned));
            Assert.Equal(cleaned, TypedText.Clean(cleaned));
            Assert.Equal(TypedText.IsWellFormed(text), TypedText.IsWellFormed(cleaned));
        }
    }

    [Fact]
    public void LoneSurrogates_AreAlwaysRefused_OverManyGeneratedStrings()
    {
        var random = new Random(7);
        for (var run = 0; run < 2000; run++)
        {
            var text = Generated(random);
            var lone = random.Next(2) == 0 ? (char)random.Next(0xD800, 0xDC00) : (char)random.Next(0xDC00, 0xE000);
            var at = random.Next(text.Length + 1);

            // Inserted between two whole characters (never completing a pair), the surrogate stays alone.
            while (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
                at--;
            var broken = text.Insert(at, lone.ToString());
            if (char.IsHighSurrogate(lone) && at < text.Length && char.IsLowSurrogate(broken[at + 1]))
                continue;
            if (char.IsLowSurrogate(lone) && at > 0 && char.IsHighSurrogate(broken[at - 1]))
                continue;

            Assert.False(TypedText.IsWellFormed(broken), $"accepted {Convert.ToHexString(System.Text.Encoding.Unicode.GetBytes(broken))}");
            Assert.False(TypedText.IsWellFormed(TypedText.Clean(broken)));
        }
    }

    // Words, Markdown, addresses, line endings, emoji and every invisible character the edge must remove.
    internal static string Generated(Random random)
    {
        string[] pieces = ["Grow", " ", "[", "](", "https://evil.example", "www.evil.example", "_x_", "**b**", "\r\n", "\r", "\n", "- ", "1. ", "#", "<", ">", "&amp;", "`", "|", "~~", "🙂", "é", "日本", "ada@contoso.com", "!", "(", ")", "\\"];
        var text = new System.Text.StringBuilder();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
            text.Append(random.Next(3) == 0 ? Controls[random.Next(Controls.Length)].ToString() : pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }
}
