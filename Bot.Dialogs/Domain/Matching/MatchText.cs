using System.Globalization;
using System.Text;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// The simple normalisation matching compares text with: case and accents folded, punctuation to spaces (but '#' and
/// '+' kept, for C# and C++), and for words a light plural strip and no stop words. Enough for "Data-Engineering" to
/// meet "data engineering" and "I want to grow my leadership skills" to mention "Leadership"; not a stemmer.
/// </summary>
internal static class MatchText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "to", "of", "in", "on", "for", "with", "my", "me", "i", "be", "get", "more",
        "better", "how", "into", "at", "by", "from", "as", "is", "are", "want", "learn", "improve", "become", "grow",
        "develop", "skill", "work", "about", "good", "new", "le", "la", "les", "un", "une", "des", "de", "du", "et",
        "ou", "au", "aux", "en", "pour", "avec", "mon", "ma", "mes", "je", "etre", "plus", "mieux", "comment", "dans",
        "sur", "par", "apprendre", "ameliorer", "devenir", "developper", "competence", "travail", "bon", "bien",
    };

    /// <summary>A phrase (a skill, a department) in the form two spellings of it share.</summary>
    public static string Phrase(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c) || c is '#' or '+')
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of a text that can carry meaning for matching, distinct, in order of first use.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        foreach (var raw in Phrase(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = IsPlural(raw) ? raw[..^1] : raw;
            if (!StopWords.Contains(word) && !StopWords.Contains(raw) && !words.Contains(word))
                words.Add(word);
        }

        return words;
    }

    // "teams" and "skills" are plurals; "business", "analysis" and "focus" are not.
    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) &&
        !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    /// <summary>An ISO language code in its primary form ("fr-FR" and "FR" are both "fr").</summary>
    public static string Language(string? code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        var dash = trimmed.IndexOfAny(['-', '_']);
        return (dash > 0 ? trimmed[..dash] : trimmed).ToLowerInvariant();
    }
}
