namespace MentorBot.Benchmarks.Harness;

/// <summary>
/// The connector's side of one of Teams' limits: sliding windows over the requests it accepted for one key (a
/// conversation, or an app in a tenant). Only accepted requests count, so a sender that backs off when told to is
/// not punished for having asked.
/// </summary>
internal sealed class RateWindows(IReadOnlyList<(TimeSpan Length, int Limit)> windows)
{
    private readonly List<long> _accepted = [];
    private readonly TimeSpan _longest = windows.Max(w => w.Length);

    /// <summary>Zero when every window has room for one more request now; otherwise how long until they all would.</summary>
    public TimeSpan Peek(long now, TimeProvider time)
    {
        var expired = _accepted.FindIndex(t => time.GetElapsedTime(t, now) < _longest);
        _accepted.RemoveRange(0, expired < 0 ? _accepted.Count : expired);

        var wait = TimeSpan.Zero;
        foreach (var (length, limit) in windows)
        {
            // The limit-th newest request inside the window is the one that must leave it before another fits.
            if (_accepted.Count < limit)
                continue;
            var blocking = _accepted[^limit];
            var leaves = length - time.GetElapsedTime(blocking, now);
            if (leaves > wait)
                wait = leaves;
        }

        return wait;
    }

    public void Accept(long now) => _accepted.Add(now);
}
