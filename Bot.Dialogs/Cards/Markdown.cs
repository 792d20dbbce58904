using System.Text;
using MentorBot.Dialogs.Domain.Text;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Text someone typed, made to read literally where Teams renders Markdown: in a card's TextBlock, in a fact's title
/// and value, and in the text of a bot message. Teams renders a subset of Markdown there (bold, italic, lists and
/// links; no HTML) and links bare addresses, so a goal "[Re-verify your MFA](https://evil.example)" would otherwise
/// reach a mentor as a live link. Input labels, choice titles and button titles are not Markdown: they take
/// <see cref="Plain"/>, or they would show the backslashes.
/// </summary>
/// <remarks>
/// Escaping is by backslash, which CommonMark defines for every ASCII punctuation character and Teams honours: the
/// character shows and its meaning is lost. Escaped: emphasis, code, strike-through, table and link syntax
/// (<c>\ ` * _ ~ | [ ] ( ) ! &lt; &gt;</c>), entities (<c>&amp;</c>), headings and quotes (<c>#</c>), a list marker at
/// the start of a line (<c>-</c>, <c>+</c>, <c>1.</c>, <c>1)</c>), and what a linker would take for an address: the
/// colon of <c>https://</c> and each dot inside a word (<c>evil\.example</c>), so neither a URL nor a bare domain or
/// e-mail address becomes a link. A sentence's own full stops (followed by a space or the end) are left alone.
/// Characters are first cleaned as <see cref="TypedText.Clean"/> does, since names and stored text may not have come
/// through our input edge (a directory display name, data stored before the edge cleaned it).
/// </remarks>
public static class Markdown
{
    private const string AlwaysEscaped = "\\`*_~|[]()!<>&#";

    /// <summary><paramref name="value"/> as literal Markdown text; null or empty gives an empty string.</summary>
    public static string Literal(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        var text = Readable(value);
        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                escaped.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart)
            {
                var marker = ListMarkerLength(text, i);
                if (marker > 0)
                {
                    // "- item", "+ item", "12. item", "3) item": the last character makes it a list; escape it.
                    escaped.Append(text, i, marker - 1).Append('\\').Append(text[i + marker - 1]);
                    i += marker - 1;
                    lineStart = false;
                    continue;
                }

                if (c is ' ' or '\t')
                {
                    escaped.Append(c);
                    continue;
                }

                lineStart = false;
            }

            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || IsAddressPunctuation(text, i))
                escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> cleaned for a place that shows text as it is (a button title, a choice title, an input's
    /// label or value): no escaping, but no invisible characters either, and never a lone surrogate.
    /// </summary>
    public static string Plain(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Readable(value);

    /// <summary>Items already made literal, as a Markdown bulleted list, one per line.</summary>
    public static string Bullets(IEnumerable<string> literalItems) => string.Join("\n", literalItems.Select(i => "- " + i));

    // A lone surrogate cannot be written as JSON (the card would fail to serialise): stored text that holds one is shown
    // with the replacement character rather than failing the turn of the person reading it.
    private static string Readable(string value)
    {
        var cleaned = TypedText.Clean(value);
        if (TypedText.IsWellFormed(cleaned))
            return cleaned;
        var repaired = cleaned.ToCharArray();
        for (var i = 0; i < repaired.Length; i++)
        {
            if (char.IsHighSurrogate(repaired[i]) && i + 1 < repaired.Length && char.IsLowSurrogate(repaired[i + 1]))
                i++;
            else if (char.IsSurrogate(repaired[i]))
                repaired[i] = '\uFFFD';
        }

        return new string(repaired);
    }

    private static int ListMarkerLength(string text, int start)
    {
        if (text[start] is '-' or '+' or '*' or '=')
            return 1;
        var digits = 0;
        while (start + digits < text.Length && char.IsAsciiDigit(text[start + digits]))
            digits++;
        return digits > 0 && start + digits < text.Length && text[start + digits] is '.' or ')' ? digits + 1 : 0;
    }

    // "https://" and "evil.example" / "ada@contoso.com": the colon before "//" and a dot between two word characters.
    private static bool IsAddressPunctuation(string text, int i) => text[i] switch
    {
        ':' => i + 1 < text.Length && text[i + 1] == '/',
        '.' => i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]),
        '/' => i > 0 && text[i - 1] == '/',
        _ => false,
    };
}
