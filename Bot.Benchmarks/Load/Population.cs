namespace MentorBot.Benchmarks.Load;

/// <summary>
/// A kind of user and its share of the arrivals: the users seeded for it (people with a pair), and how to make a new
/// one when none is ready (newcomers, visitors); with neither, an arrival goes to <see cref="Fallback"/>.
/// </summary>
internal sealed class Population(string name, double share, IEnumerable<IVirtualUser> seeded, Func<int, IVirtualUser>? create = null)
{
    public string Name => name;

    public double Share => share;

    public Population? Fallback { get; init; }

    /// <summary>Users ready to act again, earliest first (by Stopwatch timestamp).</summary>
    public PriorityQueue<IVirtualUser, long> Ready { get; } = new(seeded.Select(u => (u, 0L)));

    public int Created { get; private set; }

    public IVirtualUser? Create() => create is null ? null : create(Created++);
}
