namespace MentorBot.Messaging;

public enum OutboxClaimStatus
{
    /// <summary>The caller owns the message until the lease ends and must deliver it.</summary>
    Claimed,

    AlreadySent,

    /// <summary>Another sender owns a live claim.</summary>
    InProgress,

    /// <summary>Pending, but its next attempt time has not come.</summary>
    NotDue,

    /// <summary>Nothing to do (for the outbox job: the row is gone or settled).</summary>
    Nothing,
}
