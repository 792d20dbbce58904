namespace MentorBot.Dialogs.Abstractions.Calendar;

/// <summary>An answer from the calendar: a value when <see cref="Outcome"/> is Ok, otherwise a detail for the logs.</summary>
public sealed record CalendarResult<T>
    where T : class
{
    public CalendarResult(CalendarOutcome outcome, T? value, string? detail)
    {
        if ((outcome == CalendarOutcome.Ok) != (value is not null))
            throw new ArgumentException("An Ok result carries a value; a failure carries none.", nameof(value));
        Outcome = outcome;
        Value = value;
        Detail = detail;
    }

    public CalendarOutcome Outcome { get; }

    public T? Value { get; }

    /// <summary>Why it did not work, in words for an operator (never shown to users as is).</summary>
    public string? Detail { get; }

    public bool IsOk => Outcome == CalendarOutcome.Ok;

    public override string ToString() => IsOk ? $"Ok: {Value}" : $"{Outcome}: {Detail}";
}

/// <summary>Builds <see cref="CalendarResult{T}"/> values.</summary>
public static class CalendarResult
{
    public static CalendarResult<T> Ok<T>(T value)
        where T : class => new(CalendarOutcome.Ok, value, null);

    public static CalendarResult<T> Fail<T>(CalendarOutcome outcome, string detail)
        where T : class => new(outcome, null, detail);
}
