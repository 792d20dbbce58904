using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Abstractions.Calendar;

/// <summary>
/// The embedded default when no calendar service is configured: every call answers NotConfigured, so "find a time"
/// falls back to declared availability and a Teams scheduling deep link.
/// </summary>
public sealed class NoCalendar : ICalendar
{
    private const string Why = "No calendar service is configured (set the Graph section to read calendars).";

    public Task<CalendarResult<FreeBusy>> GetFreeBusyAsync(string tenantId, IReadOnlyList<string> people, TimeRange window, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.Fail<FreeBusy>(CalendarOutcome.NotConfigured, Why));

    public Task<CalendarResult<WorkingHours>> GetWorkingHoursAsync(string tenantId, string person, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.Fail<WorkingHours>(CalendarOutcome.NotConfigured, Why));

    public Task<CalendarResult<BookedMeeting>> BookAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.Fail<BookedMeeting>(CalendarOutcome.NotConfigured, Why));

    public Task<CalendarResult<BookedMeeting>> MoveAsync(MeetingMove move, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.Fail<BookedMeeting>(CalendarOutcome.NotConfigured, Why));
}
