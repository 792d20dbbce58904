using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Abstractions.Calendar;

/// <summary>
/// A mentoring meeting to put in the organiser's (the mentor's) calendar, with the attendee (the mentee) invited.
/// <see cref="BookingKey"/> identifies this booking (e.g. pair and slot): asking twice books once.
/// </summary>
public sealed record MeetingRequest(string TenantId, string Organizer, string Attendee, TimeRange When, string Subject, string? Body, string BookingKey);

/// <summary>A booked event (<see cref="EventId"/> in the organiser's calendar) to move to another time.</summary>
public sealed record MeetingMove(string TenantId, string Organizer, string EventId, TimeRange When);

/// <summary>
/// The booked event. <see cref="JoinUrl"/> is missing when the service created the event without a Teams meeting
/// (Teams meetings not enabled for the organiser, or not provisioned yet): the event stands, but say so.
/// </summary>
public sealed record BookedMeeting(string EventId, string? JoinUrl, string? WebLink)
{
    public bool HasTeamsLink => !string.IsNullOrWhiteSpace(JoinUrl);
}
