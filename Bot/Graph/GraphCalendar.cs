using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Graph;

/// <summary>The calendar port over Microsoft Graph, for the one tenant the app is consented in.</summary>
public sealed class GraphCalendar(GraphSchedules schedules, GraphMailboxes mailboxes, GraphEvents events, GraphCalls calls, IOptions<GraphOptions> options) : ICalendar
{
    public async Task<CalendarResult<FreeBusy>> GetFreeBusyAsync(string tenantId, IReadOnlyList<string> people, TimeRange window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (people.Count == 0 || people.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Name at least one person, each by object id or address.", nameof(people));
        if (window.IsEmpty)
            throw new ArgumentException("The window is empty.", nameof(window));
        if (!Serves(tenantId))
            return OtherTenant<FreeBusy>(tenantId);
        return await calls.RunAsync("getSchedule", () => schedules.GetAsync(people, window, cancellationToken), cancellationToken);
    }

    public async Task<CalendarResult<WorkingHours>> GetWorkingHoursAsync(string tenantId, string person, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        if (!Serves(tenantId))
            return OtherTenant<WorkingHours>(tenantId);
        return await calls.RunAsync(
            "mailboxSettings",
            async () => await mailboxes.GetAsync(person, cancellationToken) is { Hours: { } hours } ? CalendarResult.Ok(hours)
                : CalendarResult.Fail<WorkingHours>(CalendarOutcome.Failed, $"No usable working hours for {person}."),
            cancellationToken);
    }

    public async Task<CalendarResult<BookedMeeting>> BookAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.When.IsEmpty)
            throw new ArgumentException("The meeting has no duration.", nameof(request));
        if (!Serves(request.TenantId))
            return OtherTenant<BookedMeeting>(request.TenantId);
        return await calls.RunAsync("create event", () => events.BookAsync(request, cancellationToken), cancellationToken);
    }

    public async Task<CalendarResult<BookedMeeting>> MoveAsync(MeetingMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (move.When.IsEmpty)
            throw new ArgumentException("The meeting has no duration.", nameof(move));
        if (!Serves(move.TenantId))
            return OtherTenant<BookedMeeting>(move.TenantId);
        return await calls.RunAsync("move event", () => events.MoveAsync(move, cancellationToken), cancellationToken);
    }

    private bool Serves(string tenantId) => string.Equals(tenantId, options.Value.TenantId, StringComparison.OrdinalIgnoreCase);

    private static CalendarResult<T> OtherTenant<T>(string tenantId)
        where T : class =>
        CalendarResult.Fail<T>(CalendarOutcome.OtherTenant, $"Tenant {tenantId} is not the tenant Graph is configured for.");
}
