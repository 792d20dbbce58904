using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Dialogs.Localization;

/// <summary>
/// Turns a <see cref="MatchReason"/> into a sentence in the reader's language: its key is a resource, its arguments
/// are formatted with the reader's culture (9.5 hours reads "9.5" in English, "9,5" in French).
/// </summary>
public static class ReasonText
{
    public static string Sentence(MatchReason reason, Localizer text) => text.Format(reason.MessageKey, reason.Arguments);

    /// <summary>Reasons as a Markdown list, one per line, as Adaptive Card text renders them.</summary>
    public static string List(IEnumerable<MatchReason> reasons, Localizer text) =>
        string.Join("\n", reasons.Select(r => "- " + Sentence(r, text)));
}
