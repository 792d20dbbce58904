using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>
/// Keeps this process under Teams' rate limits: every request to a conversation must fit both that
/// conversation's windows and its tenant's. Time comes from the injected <see cref="TimeProvider"/>, so tests
/// drive it with a fake clock. Requests are counted when they are made, never reserved ahead: a waiter that
/// wakes up checks again, so concurrent senders cannot overrun a window together.
/// </summary>
public sealed class TeamsRateLimiter(IOptions<MessagingOptions> options, TimeProvider time)
{
    private const int SweepEvery = 1024;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SlidingWindowLog> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindowLog> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private int _sinceSweep;

    /// <summary>
    /// Takes a slot for one request now when there is one (returns <see cref="TimeSpan.Zero"/>), or says how long
    /// to wait before asking again.
    /// </summary>
    public TimeSpan TryAcquire(string tenantId, string conversationId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var conversation = LogFor(_conversations, conversationId, options.Value.PerConversation);
            var tenant = LogFor(_tenants, tenantId, options.Value.PerTenant);
            var wait = Max(conversation.DelayAt(now), tenant.DelayAt(now));
            if (wait > TimeSpan.Zero)
                return wait;

            conversation.Record(now);
            tenant.Record(now);
            if (++_sinceSweep >= SweepEvery)
                Sweep(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Waits for a slot, at most <paramref name="maxWait"/>. Returns null once the slot is taken, or the time a
    /// slot would be free when that is further away than <paramref name="maxWait"/> (the caller defers to it).
    /// </summary>
    public async Task<DateTimeOffset?> AcquireAsync(string tenantId, string conversationId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + maxWait;
        while (true)
        {
            var wait = TryAcquire(tenantId, conversationId);
            if (wait == TimeSpan.Zero)
                return null;
            var freeAt = time.GetUtcNow() + wait;
            if (freeAt > deadline)
                return freeAt;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static SlidingWindowLog LogFor(Dictionary<string, SlidingWindowLog> logs, string key, IList<RateWindow> windows)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = new SlidingWindowLog([.. windows]);
            logs[key] = log;
        }

        return log;
    }

    // Forget conversations and tenants with nothing left in any window, so memory follows current traffic.
    private void Sweep(DateTimeOffset now)
    {
        _sinceSweep = 0;
        foreach (var logs in new[] { _conversations, _tenants })
        {
            foreach (var key in logs.Where(p => p.Value.IsIdleAt(now)).Select(p => p.Key).ToList())
                logs.Remove(key);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
