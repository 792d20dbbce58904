using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Localization;

/// <summary>
/// Turns a <see cref="HealthReason"/> into a sentence in the reader's language: a role reads as the role's name in
/// that language, numbers with the reader's culture (2.3 reads "2,3" in French), and any text as literal Markdown.
/// </summary>
public static class HealthText
{
    public static string Sentence(HealthReason reason, Localizer text) =>
        text.Format(reason.MessageKey, [.. reason.Arguments.Select(a => Argument(a, text))]);

    /// <summary>Reasons as a Markdown list, one per line, as Adaptive Card text renders them.</summary>
    public static string List(IEnumerable<HealthReason> reasons, Localizer text) =>
        Cards.Markdown.Bullets(reasons.Select(r => Sentence(r, text)));

    private static object Argument(object argument, Localizer text) => argument switch
    {
        Role role => text.Of(role),
        string words => Cards.Markdown.Literal(words),
        _ => argument,
    };
}
