using System.Collections.Concurrent;

namespace MentorBot.Graph;

/// <summary>
/// A small in-process cache whose entries expire after a fixed time, on an injected clock (so tests can move time).
/// Bounded: past its capacity, expired entries go first and then everything.
/// </summary>
public sealed class ExpiringCache<T>(TimeProvider clock, TimeSpan lifetime, int capacity = 10_000)
    where T : class
{
    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset Expires)> _entries = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string key, out T value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set(string key, T value)
    {
        if (lifetime <= TimeSpan.Zero)
            return;
        if (_entries.Count >= capacity)
            Trim();
        _entries[key] = (value, clock.GetUtcNow() + lifetime);
    }

    private void Trim()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
                _entries.TryRemove(key, out _);
        }

        if (_entries.Count >= capacity)
            _entries.Clear();
    }
}
