using System.Collections.Concurrent;
using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>
/// A fake of our own calendar port: every call answers <see cref="Outcome"/>; when Ok, free/busy gives
/// <see cref="Busy"/> for everyone (as calendar items, one each), working hours are not known (so the declared ones
/// count), and bookings are recorded once per booking key, as Graph's transactionId does.
/// </summary>
public sealed class ScriptedCalendar : ICalendar
{
    private readonly ConcurrentDictionary<string, BookedMeeting> _booked = new();

    public CalendarOutcome Outcome { get; set; } = CalendarOutcome.Ok;

    public List<TimeRange> Busy { get; } = [];

    public bool TeamsMeetings { get; set; } = true;

    public ConcurrentQueue<(IReadOnlyList<string> People, TimeRange Window)> FreeBusyCalls { get; } = new();

    public ConcurrentQueue<MeetingRequest> Bookings { get; } = new();

    public int EventsCreated => _booked.Count;

    public ConcurrentQueue<MeetingMove> Moves { get; } = new();

    /// <summary>What a booking answers when <see cref="Outcome"/> is Ok (a failure of the booking alone).</summary>
    public CalendarOutcome BookOutcome { get; set; } = CalendarOutcome.Ok;

    /// <summary>What a move answers when <see cref="Outcome"/> is Ok (Gone: the event was deleted from the calendar).</summary>
    public CalendarOutcome MoveOutcome { get; set; } = CalendarOutcome.Ok;

    public Task<CalendarResult<FreeBusy>> GetFreeBusyAsync(string tenantId, IReadOnlyList<string> people, TimeRange window, CancellationToken cancellationToken)
    {
        FreeBusyCalls.Enqueue((people, window));
        var view = new AvailabilityView(window.Start, TimeSpan.FromMinutes(30), string.Empty);
        return Task.FromResult(Outcome == CalendarOutcome.Ok
            ? CalendarResult.Ok(new FreeBusy(window, [.. people.Select(p => new PersonSchedule(p, TimeRanges.Merge(Busy), view) { Items = [.. Busy] })]))
            : CalendarResult.Fail<FreeBusy>(Outcome, "scripted"));
    }

    public Task<CalendarResult<WorkingHours>> GetWorkingHoursAsync(string tenantId, string person, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.Fail<WorkingHours>(Outcome == CalendarOutcome.Ok ? CalendarOutcome.Failed : Outcome, "scripted: use the declared hours"));

    public Task<CalendarResult<BookedMeeting>> BookAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        Bookings.Enqueue(request);
        var outcome = Outcome == CalendarOutcome.Ok ? BookOutcome : Outcome;
        if (outcome != CalendarOutcome.Ok)
            return Task.FromResult(CalendarResult.Fail<BookedMeeting>(outcome, "scripted"));
        var meeting = _booked.GetOrAdd(request.BookingKey, key => new BookedMeeting("event-" + _booked.Count, TeamsMeetings ? "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(key) : null, null));
        return Task.FromResult(CalendarResult.Ok(meeting));
    }

    public Task<CalendarResult<BookedMeeting>> MoveAsync(MeetingMove move, CancellationToken cancellationToken)
    {
        Moves.Enqueue(move);
        var outcome = Outcome == CalendarOutcome.Ok ? MoveOutcome : Outcome;
        return Task.FromResult(outcome == CalendarOutcome.Ok
            ? CalendarResult.Ok(new BookedMeeting(move.EventId, TeamsMeetings ? "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(move.EventId) : null, null))
            : CalendarResult.Fail<BookedMeeting>(outcome, "scripted"));
    }
}
