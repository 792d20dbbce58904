namespace MentorBot.Dialogs.Abstractions.Programmes;

/// <summary>What became of a lead's request when it was queued; either way it runs, and the lead gets the report.</summary>
public enum LeadRequestQueueing
{
    /// <summary>Queued: it runs in the background within seconds.</summary>
    Queued,

    /// <summary>
    /// Kept: the job storage could not take it (down, unreachable), so it is kept in our own storage and queued once
    /// the job storage is back. The lead is told it will run later, not that it failed.
    /// </summary>
    Kept,
}
