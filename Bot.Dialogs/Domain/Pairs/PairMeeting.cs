using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>
/// The pair's meeting as "find a time" booked it in the mentor's calendar. Each booking or move is saved here before
/// the calendar is changed, so two people pressing at once cannot both win. While <see cref="PendingSince"/> is set
/// the calendar has not confirmed it yet (a change under way, interrupted, or unanswered): pressing the same time
/// again finishes it with the same <see cref="Sequence"/>, the number that keys the calendar call and the notice.
/// </summary>
public sealed record PairMeeting(DateTimeOffset Start, DateTimeOffset End, string? EventId, string? JoinUrl)
{
    public int Sequence { get; init; }

    public DateTimeOffset? PendingSince { get; init; }

    /// <summary>Who booked or moved it to this time (told to the other person as the one who did).</summary>
    public string? ChangedBy { get; init; }

    /// <summary>Whether this time came from a move (else from a booking): what the other person is told, once.</summary>
    public bool Moved { get; init; }

    /// <summary>The pair's meeting before this change, while it is pending: what a refusal puts back.</summary>
    public PairMeeting? Before { get; init; }

    public TimeRange Range => new(Start, End);

    /// <summary>The event exists in the mentor's calendar (it may be moving to this time).</summary>
    public bool IsBooked => EventId is not null;

    public bool IsPending => PendingSince is not null;

    /// <summary>
    /// The pair's one upcoming meeting: booked and not over, or a change not confirmed yet whose time is still ahead
    /// (once that time has come, finishing it makes no sense and it no longer holds the pair).
    /// </summary>
    public bool IsUpcoming(DateTimeOffset now) => IsPending ? Start > now : IsBooked && End > now;

    /// <summary>The meeting once the calendar confirmed this change.</summary>
    public PairMeeting Confirmed(string? joinUrl) => this with { JoinUrl = joinUrl ?? JoinUrl, PendingSince = null, Before = null };
}
