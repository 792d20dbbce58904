using System.Diagnostics;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// Who sends each arrival. The population is drawn from the shares with a seeded random (its own, so the same seed
/// gives the echo bot and MentorBot the same sequence); within it, a user ready to act, or a new one. A user who
/// answered is ready again after a think time (seconds, as people read a card), so many users are at different
/// points of their journeys at once, each in their own conversation.
/// </summary>
internal sealed class Mix
{
    private readonly Lock _gate = new();
    private readonly Random _draw;
    private readonly Random _think;
    private readonly Random _pick;
    private readonly IReadOnlyList<Population> _populations;
    private readonly Dictionary<IVirtualUser, Population> _homes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IVirtualUser> _active = new(ReferenceEqualityComparer.Instance);
    private readonly (TimeSpan Min, TimeSpan Max) _thinkTime;

    public Mix(int seed, (TimeSpan Min, TimeSpan Max) thinkTime, params Population[] populations)
    {
        _draw = new Random(seed);
        _think = new Random(seed + 1);
        _pick = new Random(seed + 2);
        _thinkTime = thinkTime;
        _populations = populations;
        foreach (var population in populations)
        {
            foreach (var user in population.Members)
                _homes[user] = population;
        }
    }

    /// <summary>Arrivals a population could not serve (nobody ready, nobody to create) and its fallback took.</summary>
    public int FellBack { get; private set; }

    /// <summary>Users who sent at least one request.</summary>
    public int Users
    {
        get
        {
            lock (_gate)
                return _active.Count;
        }
    }

    public IVirtualUser Take(long now)
    {
        lock (_gate)
        {
            var roll = _draw.NextDouble() * _populations.Sum(p => p.Share);
            var population = _populations.SkipWhile(p => (roll -= p.Share) > 0).FirstOrDefault() ?? _populations[^1];
            while (true)
            {
                if (population.Take(now, _pick) is { } user)
                {
                    _homes[user] = population;
                    _active.Add(user);
                    return user;
                }

                FellBack++;
                population = population.Fallback ?? throw new InvalidOperationException($"Nobody in {population.Name} is ready and it has no fallback.");
            }
        }
    }

    /// <summary>The user answered at <paramref name="now"/>: ready again after a think time, unless finished.</summary>
    public void Return(IVirtualUser user, long now)
    {
        lock (_gate)
        {
            if (user.Finished)
                return;
            var think = _thinkTime.Min + ((_thinkTime.Max - _thinkTime.Min) * _think.NextDouble());
            _homes[user].Thinking(user, now + (long)(think.TotalSeconds * Stopwatch.Frequency));
        }
    }
}
