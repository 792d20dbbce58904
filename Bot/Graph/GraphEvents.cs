using System.Security.Cryptography;
using System.Text;
using MentorBot.Dialogs.Abstractions.Calendar;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MentorBot.Graph;

/// <summary>
/// Books a mentoring meeting with POST /users/{organiser}/events: the attendee invited, a Teams meeting attached
/// (isOnlineMeeting, teamsForBusiness), and a transactionId derived from the booking key, which Graph uses to
/// recognise a repeated POST (our retries, or the SDK's) instead of creating the event twice.
/// </summary>
public sealed partial class GraphEvents(GraphServiceClient client, GraphUsers users, ILogger<GraphEvents> logger)
{
    public async Task<CalendarResult<BookedMeeting>> BookAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var address = await users.AddressOfAsync(request.Attendee, cancellationToken);
        var name = request.Attendee.Contains('@', StringComparison.Ordinal) ? null : (await users.GetAsync(request.Attendee, cancellationToken)).DisplayName;
        var meeting = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = request.Body ?? string.Empty },
            Start = GraphDateTimes.ToGraph(request.When.Start),
            End = GraphDateTimes.ToGraph(request.When.End),
            Attendees = [new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = address, Name = name } }],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = true,
            TransactionId = TransactionIdFor(request.BookingKey),
        };

        var created = await client.Users[request.Organizer].Events.PostAsync(meeting, cancellationToken: cancellationToken);
        if (created?.Id is not { Length: > 0 } id)
            throw new GraphAnswerException("Graph answered the new event without its id.");

        var booked = new BookedMeeting(id, created.OnlineMeeting?.JoinUrl, created.WebLink);
        if (!booked.HasTeamsLink)
            LogNoTeamsLink(logger, id, request.Organizer);
        return CalendarResult.Ok(booked);
    }

    /// <summary>
    /// PATCH /users/{organiser}/events/{id} with the new start and end; Exchange sends the attendees the update and
    /// keeps the Teams meeting. ErrorItemNotFound means the event was deleted from the calendar: Gone, not a failure
    /// to retry (a 404 for an unknown organiser stays a failure).
    /// </summary>
    public async Task<CalendarResult<BookedMeeting>> MoveAsync(MeetingMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        var change = new Event { Start = GraphDateTimes.ToGraph(move.When.Start), End = GraphDateTimes.ToGraph(move.When.End) };
        Event? moved;
        try
        {
            moved = await client.Users[move.Organizer].Events[move.EventId].PatchAsync(change, cancellationToken: cancellationToken);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404 && error.Error?.Code == "ErrorItemNotFound")
        {
            return CalendarResult.Fail<BookedMeeting>(CalendarOutcome.Gone, $"Event {move.EventId} is no longer in {move.Organizer}'s calendar.");
        }

        if (moved?.Id is not { Length: > 0 } id)
            throw new GraphAnswerException("Graph answered the moved event without its id.");
        return CalendarResult.Ok(new BookedMeeting(id, moved.OnlineMeeting?.JoinUrl, moved.WebLink));
    }

    /// <summary>A stable GUID-shaped id for a booking key: the same key, the same transaction.</summary>
    public static string TransactionIdFor(string bookingKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bookingKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("mentorbot:booking:" + bookingKey));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} was created in {Organizer}'s calendar without a Teams join link (Teams meetings may be off for the organiser).")]
    private static partial void LogNoTeamsLink(ILogger logger, string eventId, string organizer);
}
