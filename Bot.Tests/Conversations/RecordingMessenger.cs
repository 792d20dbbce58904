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
    private readonly Lock _taking = new();
    private readonly ConcurrentQueue<Failure> _failures = new();
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

    /// <summary>
    /// Removes from the record (not from the keys: they stay delivered) the messages of one kind to one person, and
    /// returns them: a lead's report taken out, the later assertions about that lead see only the notices that followed.
    /// </summary>
    public IReadOnlyList<OutgoingMessage> Take(string userObjectId, string what)
    {
        lock (_taking)
        {
            var all = new List<OutgoingMessage>();
            while (_delivered.TryDequeue(out var message))
                all.Add(message);
            var taken = all.Where(m => m.UserObjectId == userObjectId && m.Key.Value.StartsWith(what + ":", StringComparison.Ordinal)).ToList();
            foreach (var kept in all.Except(taken))
                _delivered.Enqueue(kept);
            return taken;
        }
    }

    /// <summary>
    /// Throws <paramref name="failure"/> instead of sending the next message whose key starts with <paramref name="what"/>
    /// (after letting <paramref name="after"/> such messages through first): a stop right there, in the middle of a fan-out.
    /// </summary>
    public void FailNext(string what, Exception? failure = null, int after = 0) =>
        _failures.Enqueue(new Failure(what + ":", failure ?? new IOException($"A stop before '{what}' was sent."), after));

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (_failures.TryPeek(out var next) && message.Key.Value.StartsWith(next.Prefix, StringComparison.Ordinal) && Interlocked.Decrement(ref next.Remaining) < 0 && _failures.TryDequeue(out var failing))
            throw failing.Exception;
        if (_keys.TryAdd((message.To.Address, message.Key.Value), 0))
        {
            lock (_taking)
                _delivered.Enqueue(message);
            _stamped.Enqueue((message, clock?.GetUtcNow() ?? DateTimeOffset.UnixEpoch));
            return Task.FromResult(new SendResult(SendOutcome.Sent));
        }

        Interlocked.Increment(ref _repeats);
        return Task.FromResult(new SendResult(SendOutcome.AlreadySent));
    }

    private sealed class Failure(string prefix, Exception exception, int after)
    {
        public int Remaining = after;

        public string Prefix { get; } = prefix;

        public Exception Exception { get; } = exception;
    }
}
