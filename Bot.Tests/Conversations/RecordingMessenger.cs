using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// A fake of our own messaging port for conversation tests: keeps what would be delivered, and honours the port's
/// contract that a key is delivered once (a second send with the same key is AlreadySent and counted as a repeat).
/// </summary>
/// <param name="clock">When given, each delivery is stamped with its time (see <see cref="Deliveries"/>).</param>
public sealed class RecordingMessenger(TimeProvider? clock = null) : IMessenger
{
    private readonly ConcurrentDictionary<(string User, string Key), byte> _keys = new();
    private readonly ConcurrentQueue<OutgoingMessage> _delivered = new();
    private readonly ConcurrentQueue<(OutgoingMessage Message, DateTimeOffset At)> _stamped = new();
    private int _repeats;

    /// <summary>Everything delivered with the clock's time then (the epoch when no clock was given).</summary>
    public IReadOnlyList<(OutgoingMessage Message, DateTimeOffset At)> Deliveries => [.. _stamped];

    public int Repeats => _repeats;

    /// <summary>Everything delivered, to anyone, in the order sent.</summary>
    public IReadOnlyList<OutgoingMessage> Sent => [.. _delivered];

    public IReadOnlyList<OutgoingMessage> To(string userObjectId) =>
        [.. _delivered.Where(m => m.UserObjectId == userObjectId)];

    public IReadOnlyList<JsonObject> CardsTo(string userObjectId) => [.. To(userObjectId).Select(m => m.Card).OfType<JsonObject>()];

    public IReadOnlyList<string> TextsTo(string userObjectId) => [.. To(userObjectId).Select(m => m.Text).OfType<string>()];

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (_keys.TryAdd((message.UserObjectId, message.Key.Value), 0))
        {
            _delivered.Enqueue(message);
            _stamped.Enqueue((message, clock?.GetUtcNow() ?? DateTimeOffset.UnixEpoch));
            return Task.FromResult(new SendResult(SendOutcome.Sent));
        }

        Interlocked.Increment(ref _repeats);
        return Task.FromResult(new SendResult(SendOutcome.AlreadySent));
    }
}
