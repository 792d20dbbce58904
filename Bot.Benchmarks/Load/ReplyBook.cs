using System.Collections.Concurrent;
using MentorBot.Benchmarks.Harness;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// Pairs what the connector receives with the request it answers. A reply names the activity it replies to (the
/// route's activity id, which the SDK takes from the incoming activity), and an Action.Submit's replacement card
/// updates the card's message (its replyToId): both are fresh ids per request, so neither can be mistaken.
/// Everything else (a proactive message, a reply that came after its request was answered) is counted apart.
/// </summary>
internal sealed class ReplyBook
{
    private readonly ConcurrentDictionary<string, List<ConnectorPost>> _open = new(StringComparer.Ordinal);
    private int _posts;
    private int _unpaired;

    public int Posts => Volatile.Read(ref _posts);

    public int Unpaired => Volatile.Read(ref _unpaired);

    /// <summary>Starts collecting the replies to <paramref name="turn"/>; call before it is sent.</summary>
    public List<ConnectorPost> Expect(Turn turn)
    {
        var replies = new List<ConnectorPost>();
        _open[turn.ActivityId] = replies;
        if (turn.ReplyToId is { } card)
            _open[card] = replies;
        return replies;
    }

    /// <summary>The replies that arrived while <paramref name="turn"/> was being answered; later ones count as unpaired.</summary>
    public IReadOnlyList<ConnectorPost> Collect(Turn turn, List<ConnectorPost> replies)
    {
        _open.TryRemove(turn.ActivityId, out _);
        if (turn.ReplyToId is { } card)
            _open.TryRemove(card, out _);
        lock (replies)
            return [.. replies];
    }

    /// <summary>The connector's observer.</summary>
    public void Observe(ConnectorPost post)
    {
        Interlocked.Increment(ref _posts);
        if (post.ActivityId is { } id && _open.TryGetValue(id, out var replies))
        {
            lock (replies)
                replies.Add(post);
            return;
        }

        Interlocked.Increment(ref _unpaired);
    }
}
