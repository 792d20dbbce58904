using System.Text;

namespace MentorBot.Tests.Deploy;

/// <summary>
/// The little lexical knowledge of Bicep the deployment checks need: where comments and strings are, and where
/// a bracket closes. No Bicep compiler exists on the build machines, so this stands in for its parser.
/// </summary>
public static class BicepText
{
    /// <summary>The text with // and /* */ comments blanked out (line breaks kept), strings untouched.</summary>
    public static string WithoutComments(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                var end = StringEnd(text, i);
                result.Append(text, i, end - i);
                i = end;
            }
            else if (At(text, i, "//"))
            {
                while (i < text.Length && text[i] != '\n')
                    i++;
            }
            else if (At(text, i, "/*"))
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? text.Length : close + 2;
                foreach (var c in text.AsSpan(i, end - i))
                    result.Append(c == '\n' ? '\n' : ' ');
                i = end;
            }
            else
            {
                result.Append(text[i++]);
            }
        }

        return result.ToString();
    }

    /// <summary>Index just past the string that starts at <paramref name="start"/> (a quote), interpolations included.</summary>
    public static int StringEnd(string text, int start)
    {
        if (At(text, start, "'''"))
        {
            var close = text.IndexOf("'''", start + 3, StringComparison.Ordinal);
            return close < 0 ? text.Length : close + 3;
        }

        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\')
                i += 2;
            else if (text[i] == '\'')
                return i + 1;
            else if (At(text, i, "${"))
                i = Close(text, i + 1) + 1;
            else
                i++;
        }

        return text.Length;
    }

    /// <summary>Index of the bracket that closes the one at <paramref name="open"/>, skipping strings.</summary>
    public static int Close(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'':
                    i = StringEnd(text, i) - 1;
                    break;
                case '{' or '[' or '(':
                    depth++;
                    break;
                case '}' or ']' or ')':
                    if (--depth == 0)
                        return i;
                    break;
            }
        }

        throw new FormatException($"Unbalanced bracket opened at offset {open}.");
    }

    /// <summary>
    /// The top-level "key: value" entries of an object literal whose braces are at [open, close]; values keep their
    /// source text, trimmed. Entries end at a line break or comma outside brackets, as in Bicep.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ObjectEntries(string text, int open, int close)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var i = open + 1;
        while (i < close)
        {
            while (i < close && (char.IsWhiteSpace(text[i]) || text[i] == ','))
                i++;
            if (i >= close)
                break;
            var keyStart = i;
            if (text[i] == '\'')
                i = StringEnd(text, i);
            else
            {
                while (i < close && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                    i++;
            }

            var key = text[keyStart..i].Trim('\'');
            while (i < close && text[i] is ' ' or '\t')
                i++;
            if (i >= close || text[i] != ':')
                throw new FormatException($"Expected ':' after '{key}' at offset {i}.");
            i++;
            var valueStart = i;
            while (i < close && text[i] is not ('\n' or ','))
            {
                if (text[i] == '\'')
                    i = StringEnd(text, i);
                else if (text[i] is '{' or '[' or '(')
                    i = Close(text, i) + 1;
                else
                    i++;
            }

            entries.Add(new(key, text[valueStart..i].Trim()));
        }

        return entries;
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
