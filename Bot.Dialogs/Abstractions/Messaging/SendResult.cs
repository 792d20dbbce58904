namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>The outcome of a send; <see cref="NextAttemptAt"/> is set when it was deferred.</summary>
public sealed record SendResult(SendOutcome Outcome, DateTimeOffset? NextAttemptAt = null, string? Detail = null)
{
    /// <summary>True when the user has (or already had) the message.</summary>
    public bool Delivered => Outcome is SendOutcome.Sent or SendOutcome.AlreadySent;
}
