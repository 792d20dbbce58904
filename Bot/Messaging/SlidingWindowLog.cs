namespace MentorBot.Messaging;

/// <summary>
/// The times of the last requests to one conversation or tenant, enough to check every window: a window of
/// limit L is full exactly when the L-th most recent request is still inside it. So only the last max(L)
/// times are kept, in a ring. Not thread-safe: <see cref="TeamsRateLimiter"/> locks around it.
/// </summary>
internal sealed class SlidingWindowLog
{
    private readonly IReadOnlyList<RateWindow> _windows;
    private readonly TimeSpan _longest;
    private readonly DateTimeOffset[] _ring;
    private int _next;
    private int _count;

    public SlidingWindowLog(IReadOnlyList<RateWindow> windows)
    {
        _windows = windows;
        _longest = windows.Max(w => w.Window);
        _ring = new DateTimeOffset[windows.Max(w => w.Limit)];
    }

    /// <summary>How long to wait from <paramref name="now"/> until one more request fits every window.</summary>
    public TimeSpan DelayAt(DateTimeOffset now)
    {
        var delay = TimeSpan.Zero;
        foreach (var window in _windows)
        {
            if (_count < window.Limit)
                continue;
            var free = Recent(window.Limit) + window.Window;
            if (free - now > delay)
                delay = free - now;
        }

        return delay;
    }

    public void Record(DateTimeOffset now)
    {
        _ring[_next] = now;
        _next = (_next + 1) % _ring.Length;
        _count = Math.Min(_count + 1, _ring.Length);
    }

    /// <summary>True when no window holds any request any more: the log can be forgotten.</summary>
    public bool IsIdleAt(DateTimeOffset now) => _count == 0 || Recent(1) + _longest <= now;

    // The k-th most recent request time (k = 1 is the latest).
    private DateTimeOffset Recent(int k) => _ring[((_next - k) % _ring.Length + _ring.Length) % _ring.Length];
}
