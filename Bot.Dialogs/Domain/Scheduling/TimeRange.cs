namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>A stretch of time between two instants, kept in UTC: busy blocks, working windows, meeting slots.</summary>
public readonly record struct TimeRange
{
    public TimeRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
            throw new ArgumentException($"A time range cannot end ({end:O}) before it starts ({start:O}).", nameof(end));
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    public bool IsEmpty => End <= Start;

    /// <summary>Whether the two share some time; ranges that only touch (one ends as the other starts) do not.</summary>
    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    public bool Contains(TimeRange other) => Start <= other.Start && other.End <= End;

    public override string ToString() => $"{Start:yyyy-MM-ddTHH:mmZ}/{End:yyyy-MM-ddTHH:mmZ}";
}
