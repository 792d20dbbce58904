using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>
/// A meeting of the pair. <see cref="EventId"/> is set when it was booked in the mentor's calendar (through Graph);
/// without it the pair was sent a Teams scheduling link and the meeting is what they agreed on.
/// </summary>
public sealed record PairMeeting(DateTimeOffset Start, DateTimeOffset End, string? EventId, string? JoinUrl)
{
    public TimeRange Range => new(Start, End);
}
