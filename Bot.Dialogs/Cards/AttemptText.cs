using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>One thing already tried for a pair, as a line of the lead's escalation card or digest ("3 March, Mentee: nudged to meet (no answer)").</summary>
public static class AttemptText
{
    public static string Line(Attempt attempt, string timeZone, Localizer text)
    {
        var day = CardDates.Day(attempt.At, timeZone, text);
        var who = attempt.Role is { } role ? text.Of(role) : string.Empty;
        if (attempt.Kind is not { } kind)
            return text.Format("TriedSnooze", day, who, CardDates.Day(attempt.SnoozedUntil ?? attempt.At, timeZone, text));
        var line = text.Format(KeyOf(kind), day, who);
        if (kind == NudgeKind.Escalation)
            return line;
        return text.Format("TriedOutcome", line, attempt.Response is { } response ? text.Of(response) : text["TriedNoAnswer"]);
    }

    private static string KeyOf(NudgeKind kind) => "Tried" + kind;
}
