namespace MentorBot.Benchmarks.Load;

/// <summary>
/// A kind of user and its share of the arrivals: the users seeded for it (people with a pair), and how to make a new
/// one when none is ready (newcomers, visitors); with neither, an arrival goes to <see cref="Fallback"/>. Users
/// thinking wait in a queue by the time they are ready; the ready ones are picked at random, so a large population
/// moves through its journeys together rather than one step for everyone at a time.
/// </summary>
internal sealed class Population(string name, double share, IEnumerable<IVirtualUser> seeded, Func<int, IVirtualUser>? create = null)
{
    private readonly List<IVirtualUser> _ready = [.. seeded];
    private readonly PriorityQueue<IVirtualUser, long> _thinking = new();

    public string Name => name;

    public double Share => share;

    public Population? Fallback { get; init; }

    /// <summary>Everyone in it now, ready or thinking.</summary>
    public IEnumerable<IVirtualUser> Members => _ready.Concat(_thinking.UnorderedItems.Select(i => i.Element));

    /// <summary>A user ready at <paramref name="now"/> (Stopwatch timestamp), picked at random; else a new one, if it makes them.</summary>
    public IVirtualUser? Take(long now, Random random)
    {
        while (_thinking.TryPeek(out var user, out var readyAt) && readyAt <= now)
            _ready.Add(_thinking.Dequeue());
        if (_ready.Count > 0)
        {
            var at = random.Next(_ready.Count);
            var picked = _ready[at];
            _ready[at] = _ready[^1];
            _ready.RemoveAt(_ready.Count - 1);
            return picked;
        }

        return create?.Invoke(Created++);
    }

    public void Thinking(IVirtualUser user, long readyAt) => _thinking.Enqueue(user, readyAt);

    public int Created { get; private set; }
}
