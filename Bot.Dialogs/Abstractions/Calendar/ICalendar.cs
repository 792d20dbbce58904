using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Abstractions.Calendar;

/// <summary>
/// People's calendars (Microsoft Graph in production). People are named by Entra object id or by UPN / e-mail
/// address. Nothing here throws for a refusal or an outage: every answer is a <see cref="CalendarResult{T}"/> whose
/// <see cref="CalendarOutcome"/> tells the conversation whether to go on, fall back to declared availability, or
/// ask again later.
/// </summary>
public interface ICalendar
{
    /// <summary>
    /// Busy blocks (UTC) of every person in <paramref name="people"/> during <paramref name="window"/>, asked in one
    /// request for up to 20 people (more are asked 20 at a time). Ok only when every person's calendar was read.
    /// </summary>
    Task<CalendarResult<FreeBusy>> GetFreeBusyAsync(string tenantId, IReadOnlyList<string> people, TimeRange window, CancellationToken cancellationToken);

    /// <summary>The person's working hours as their mailbox settings give them, time zone as an IANA id. Cached for a while.</summary>
    Task<CalendarResult<WorkingHours>> GetWorkingHoursAsync(string tenantId, string person, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the meeting on the organiser's calendar with the attendee invited and a Teams meeting attached. The
    /// same <see cref="MeetingRequest.BookingKey"/> never creates two events, even when the request is retried.
    /// </summary>
    Task<CalendarResult<BookedMeeting>> BookAsync(MeetingRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a booked meeting to <see cref="MeetingMove.When"/> in the organiser's calendar; the service sends the
    /// attendee the update and the Teams meeting stays the same. <see cref="CalendarOutcome.Gone"/> when the event is
    /// no longer there (deleted from the calendar). Moving to where it already is changes nothing, so a retry is safe.
    /// </summary>
    Task<CalendarResult<BookedMeeting>> MoveAsync(MeetingMove move, CancellationToken cancellationToken);
}
