using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// A booked meeting as one of the two people reads it, on their own clock. <see cref="BookedBy"/> is set on the
/// message to the person who did not press Book (or Move here).
/// </summary>
public sealed record BookedMeetingView(TimeRange Slot, string TimeZone, string OtherName, string? JoinUrl, string? BookedBy)
{
    /// <summary>Set when the meeting was just moved rather than booked.</summary>
    public bool Moved { get; init; }

    /// <summary>Shown because someone asked for a time while this meeting is still to come.</summary>
    public bool Upcoming { get; init; }

    /// <summary>The pair's keys, when the meeting can be moved from the card (it was booked in the calendars).</summary>
    public (string ProgrammeId, string PairId)? Movable { get; init; }
}
