using System.Globalization;
using System.Text;

namespace MentorBot.Dialogs.Domain.Text;

/// <summary>
/// What people type, made fit to store at the edge: invisible characters that change how text reads without being
/// seen (bidi overrides that reverse "exe.txt", zero-width spaces that make two names differ) are removed, line
/// endings become "\n", and text that is not valid UTF-16 (a lone surrogate) is refused rather than repaired, so
/// nothing half-broken is stored or echoed.
/// </summary>
public static class TypedText
{
    /// <summary>The resource key of the message that says a text could not be read.</summary>
    public const string InvalidMessageKey = "ErrorInvalidText";

    /// <summary>True when every surrogate in <paramref name="value"/> is half of a pair.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null)
            return true;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            else if (char.IsSurrogate(value[i]))
                return false;
        }

        return true;
    }

    /// <summary>The rule as a validation error for <paramref name="field"/>, when <paramref name="value"/> breaks it.</summary>
    public static IEnumerable<ValidationError> Check(string field, string? value)
    {
        if (!IsWellFormed(value))
            yield return new ValidationError(field, InvalidMessageKey);
    }

    /// <summary>
    /// <paramref name="value"/> without invisible format and control characters, with "\r\n", "\r" and the Unicode
    /// line and paragraph separators as "\n". Tabs and new lines stay. Lone surrogates are left for
    /// <see cref="IsWellFormed"/> to refuse.
    /// </summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? cleaned = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var width = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
            string? replacement = c switch
            {
                '\r' when i + 1 < value.Length && value[i + 1] == '\n' => string.Empty,
                '\r' or '\u2028' or '\u2029' or '\u0085' => "\n",
                _ when IsInvisible(value, i) => string.Empty,
                _ => null,
            };
            if (replacement is not null && cleaned is null)
                cleaned = new StringBuilder(value, 0, i, value.Length);
            if (replacement is not null)
                cleaned!.Append(replacement);
            else
                cleaned?.Append(value, i, width);
            i += width - 1;
        }

        return cleaned?.ToString() ?? value;
    }

    /// <summary><see cref="Clean(string)"/> for optional values.</summary>
    public static string? CleanOrNull(string? value) => value is null ? null : Clean(value);

    // Format characters (Cf: bidi embeddings, overrides and isolates, the marks LRM/RLM/ALM, zero-width space, joiners,
    // word joiner, the byte-order mark, soft hyphen, tag characters) and control characters other than tab and new line.
    private static bool IsInvisible(string value, int index)
    {
        var c = value[index];
        if (c is '\n' or '\t')
            return false;
        if (char.IsSurrogate(c))
            return char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
                && CharUnicodeInfo.GetUnicodeCategory(value, index) == UnicodeCategory.Format;
        return c == '\u200B' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;
    }
}
