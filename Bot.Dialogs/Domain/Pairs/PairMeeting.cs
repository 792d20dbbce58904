using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>
/// The pair's meeting as "find a time" booked it in the mentor's calendar. It is saved before the calendar is
/// changed, so two people pressing at once cannot both win: while <see cref="EventId"/> is unknown and
/// <see cref="PendingSince"/> is set, the booking is under way (or was interrupted, and pressing the same slot again
/// finishes it). <see cref="Sequence"/> numbers the booking or move that set it, for keys that are the same on a
/// retry of that change and different for any other.
/// </summary>
public sealed record PairMeeting(DateTimeOffset Start, DateTimeOffset End, string? EventId, string? JoinUrl)
{
    /// <summary>How long a booking under way holds the pair before it counts as interrupted.</summary>
    public static readonly TimeSpan PendingTimeout = TimeSpan.FromMinutes(2);

    public int Sequence { get; init; }

    public DateTimeOffset? PendingSince { get; init; }

    public TimeRange Range => new(Start, End);

    public bool IsBooked => EventId is not null;

    /// <summary>A booked meeting still to come, or a booking under way: either holds the pair's one upcoming meeting.</summary>
    public bool Holds(DateTimeOffset now) =>
        End > now && (IsBooked || (PendingSince is { } since && now - since < PendingTimeout));
}
