using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>
/// What a "find a time" needs to know: both people's working hours (each in their own time zone), what is already
/// in their calendars, how long the meeting lasts, and when the pair last met.
/// </summary>
public sealed record SlotSearch
{
    /// <summary>The mentor's working hours. The mentor's calendar holds the meeting, so "a day" is a day on the mentor's clock.</summary>
    public required WorkingHours Mentor { get; init; }

    public required WorkingHours Mentee { get; init; }

    /// <summary>Busy blocks of either person; where they come from (Graph, declared availability) does not matter here.</summary>
    public IReadOnlyList<TimeRange> Busy { get; init; } = [];

    public MeetingLength Length { get; init; } = MeetingLength.SixtyMinutes;

    /// <summary>The current time: no slot starts before it plus <see cref="MinimumNotice"/>.</summary>
    public required DateTimeOffset Now { get; init; }

    public TimeSpan MinimumNotice { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How far ahead to look: this many of the mentor's working days, counted from the first possible day.</summary>
    public int HorizonWorkingDays { get; init; } = 10;

    /// <summary>When the pair last met; with <see cref="Cadence"/>, no slot is offered before the next meeting is due.</summary>
    public DateTimeOffset? LastMeeting { get; init; }

    public Cadence? Cadence { get; init; }

    /// <summary>At most this many slots in all (the card offers three to five).</summary>
    public int MaxSlots { get; init; } = 5;

    /// <summary>At most this many slots on one day, so that the offer covers different days.</summary>
    public int MaxPerDay { get; init; } = 2;

    /// <summary>
    /// The earliest instant a slot may start: after the notice, and not before the cadence says the next meeting is due.
    /// </summary>
    public DateTimeOffset Earliest
    {
        get
        {
            var earliest = Now + MinimumNotice;
            if (LastMeeting is { } last && Cadence is { } cadence && last.AddDays(cadence.Days()) > earliest)
                earliest = last.AddDays(cadence.Days());
            return earliest.ToUniversalTime();
        }
    }
}
