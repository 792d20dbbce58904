namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>
/// The proactive messaging port: sends a message to a user's personal chat with the bot, or a post in a team channel
/// the bot was added to (<see cref="OutgoingMessage.To"/>), at most once per idempotency key. A send that cannot complete now is kept and retried later, never dropped; the result says
/// which of those happened. Implementations respect Teams' rate limits and Retry-After.
/// </summary>
public interface IMessenger
{
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
