using System.Text.RegularExpressions;

namespace MentorBot.Tests.Cards;

/// <summary>
/// What would make a reader see something other than the words a person typed: Markdown link syntax, an address Teams
/// would link, emphasis, or an invisible character. Used on texts Teams renders as Markdown.
/// </summary>
internal static partial class LiveMarkup
{
    public static IEnumerable<string> In(string text)
    {
        if (LinkSyntax().IsMatch(text))
            yield return "a Markdown link or image";
        if (Autolink().IsMatch(text))
            yield return "an address Teams would link";
        if (Emphasis().IsMatch(text))
            yield return "unescaped emphasis";
        if (Invisible(text) is { } c)
            yield return $"the invisible character U+{(int)c:X4}";
    }

    /// <summary>
    /// The hostile sample text of the card tests, made live: its links and addresses (resource text may well say "e.g."),
    /// emphasis, or an invisible character.
    /// </summary>
    public static IEnumerable<string> InPayload(string text)
    {
        if (LinkSyntax().IsMatch(text))
            yield return "a Markdown link or image";
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains("evil.example", StringComparison.Ordinal) || UnescapedAngle().IsMatch(text))
            yield return "an address Teams would link";
        if (Emphasis().IsMatch(text))
            yield return "unescaped emphasis";
        if (Invisible(text) is { } c)
            yield return $"the invisible character U+{(int)c:X4}";
    }

    /// <summary>The first bidi, zero-width or other format or control character (tab and new line aside).</summary>
    public static char? Invisible(string text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\t')
                continue;
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
                or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF' or '\r'
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
                return c;
        }

        return null;
    }

    // "](" or "[" not escaped: "[text](url)", "![img](url)", "[text][ref]".
    [GeneratedRegex(@"(?<!\\)\]\s*[\(\[]|(?<!\\)\[[^\]]*(?<!\\)\]\s*\(")]
    private static partial Regex LinkSyntax();

    // "https://…", "<https…>", "www.x", "evil.example", "ada@contoso.com": a scheme's "://" or a dot between word characters, unescaped.
    [GeneratedRegex(@"(?<!\\)://|(?<!\\)<[a-z]+:|[\p{L}\p{N}](?<!\\)\.[\p{L}\p{N}]", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"(?<!\\)<https")]
    private static partial Regex UnescapedAngle();

    [GeneratedRegex(@"(?<!\\)\*\*|(?<![\\\p{L}\p{N}])_[^_\s]|(?<!\\)~~|(?<!\\)`")]
    private static partial Regex Emphasis();
}
