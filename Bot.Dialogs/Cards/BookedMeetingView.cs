using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// A booked meeting as one of the two people reads it, on their own clock. <see cref="BookedBy"/> is set on the
/// message to the person who did not press Book.
/// </summary>
public sealed record BookedMeetingView(TimeRange Slot, string TimeZone, string OtherName, string? JoinUrl, string? BookedBy);
