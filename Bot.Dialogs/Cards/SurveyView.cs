using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What one person's survey card shows: their own survey (and answer once given), whom the relationship is with, and
/// whether this copy is the one reminder.
/// </summary>
public sealed record SurveyView(Survey Survey, string ProgrammeName, string PartnerName, string ViewerTimeZone)
{
    public bool IsReminder { get; init; }

    /// <summary>What was wrong with the last press, shown above the questions, as a resource key and its values (already in the viewer's words).</summary>
    public (string Key, object[] Arguments)? Notice { get; init; }
}
