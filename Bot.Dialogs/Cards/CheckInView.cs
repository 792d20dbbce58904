using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What one person's check-in card shows: their own check-in (with their goals and any answer), whom it is about,
/// and the pair's next meeting if one is booked. Each person gets their own; nothing of the partner's answers.
/// </summary>
public sealed record CheckInView(CheckIn CheckIn, string ProgrammeName, string PartnerName, string ViewerTimeZone)
{
    /// <summary>The pair's upcoming booked meeting: the card says so instead of offering Find a time.</summary>
    public TimeRange? NextMeeting { get; init; }

    /// <summary>Whether this is the person's latest check-in: only that one can still be changed.</summary>
    public bool IsCurrent { get; init; } = true;

    /// <summary>A message to show above the questions (a rule the last answer broke), as a resource key and its values.</summary>
    public (string Key, object[] Arguments)? Notice { get; init; }
}
