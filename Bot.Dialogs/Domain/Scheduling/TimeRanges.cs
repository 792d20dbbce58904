namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>Set operations on lists of time ranges; every result is sorted and free of overlaps.</summary>
public static class TimeRanges
{
    /// <summary>The union: overlapping or touching ranges become one, empty ones disappear.</summary>
    public static IReadOnlyList<TimeRange> Merge(IEnumerable<TimeRange> ranges)
    {
        var merged = new List<TimeRange>();
        foreach (var range in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TimeRange(last.Start, range.End > last.End ? range.End : last.End);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>What is left of <paramref name="ranges"/> once every instant of <paramref name="taken"/> is removed.</summary>
    public static IReadOnlyList<TimeRange> Subtract(IEnumerable<TimeRange> ranges, IEnumerable<TimeRange> taken)
    {
        var holes = Merge(taken);
        var left = new List<TimeRange>();
        foreach (var range in Merge(ranges))
        {
            var start = range.Start;
            foreach (var hole in holes.Where(h => h.Overlaps(range)))
            {
                if (hole.Start > start)
                    left.Add(new TimeRange(start, hole.Start));
                if (hole.End > start)
                    start = hole.End;
            }

            if (start < range.End)
                left.Add(new TimeRange(start, range.End));
        }

        return left;
    }

    /// <summary>The instants that lie in both lists.</summary>
    public static IReadOnlyList<TimeRange> Intersect(IEnumerable<TimeRange> first, IEnumerable<TimeRange> second)
    {
        var others = Merge(second);
        var shared = new List<TimeRange>();
        foreach (var range in Merge(first))
        {
            foreach (var other in others.Where(o => o.Overlaps(range)))
            {
                var start = range.Start > other.Start ? range.Start : other.Start;
                var end = range.End < other.End ? range.End : other.End;
                shared.Add(new TimeRange(start, end));
            }
        }

        return shared;
    }
}
