namespace MentorBot.Dialogs.Abstractions.Programmes;

/// <summary>
/// A lead's request that reaches many people (inviting a list, a matching round that offers or asks): queued to run in
/// the background, so it is never cut off with the turn that asked for it (Teams gives a turn about 15 seconds). The
/// lead gets the report as a message when it finishes. A request may run twice (a retry after a stop): what it sends
/// has idempotency keys, the report included.
/// </summary>
public interface ILeadRequests
{
    /// <summary>Queues the request, or keeps it to queue later when the job storage cannot take it now; never loses it.</summary>
    Task<LeadRequestQueueing> QueueAsync(LeadRequest request, CancellationToken cancellationToken);
}
