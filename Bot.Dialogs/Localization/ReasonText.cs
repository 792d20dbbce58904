using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Dialogs.Localization;

/// <summary>
/// Turns a <see cref="MatchReason"/> into a sentence in the reader's language: its key is a resource, its arguments
/// are formatted with the reader's culture (9.5 hours reads "9.5" in English, "9,5" in French), and language codes
/// become language names ("fr" reads "Français").
/// </summary>
public static class ReasonText
{
    /// <summary>
    /// The reason as literal Markdown: its arguments can be what people typed (the skills two people share), and the
    /// sentence goes into cards and messages that Teams renders as Markdown.
    /// </summary>
    public static string Sentence(MatchReason reason, Localizer text) =>
        text.Format(reason.MessageKey, [.. (reason.MessageKey == MatchReasonKeys.SharedLanguage ? reason.Arguments.Select(a => LanguageNames(a, text)) : reason.Arguments).Select(Literal)]);

    /// <summary>Reasons as a Markdown list, one per line, as Adaptive Card text renders them.</summary>
    public static string List(IEnumerable<MatchReason> reasons, Localizer text) =>
        string.Join("\n", reasons.Select(r => "- " + Sentence(r, text)));

    private static object Literal(object argument) => argument is string words ? Cards.Markdown.Literal(words) : argument;

    // The domain lists the shared codes with ", "; an unknown code is shown as it is.
    private static object LanguageNames(object argument, Localizer text) =>
        argument is string codes
            ? string.Join(", ", codes.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(code => Name(code, text)))
            : argument;

    private static string Name(string code, Localizer text)
    {
        try
        {
            return Localizer.LanguageName(code, text.Culture);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return code;
        }
    }
}
