namespace MentorBot.Dialogs.Abstractions.Matching;

/// <summary>
/// The deadline of a mentor's offer: at <c>at</c> the offer is expired (if still unanswered) and the next candidate
/// asked. Implemented with a delayed job, so the deadline survives restarts and runs on one server.
/// </summary>
public interface IOfferDeadlines
{
    Task ScheduleAsync(string programmeId, string pairId, DateTimeOffset at, CancellationToken cancellationToken);
}
