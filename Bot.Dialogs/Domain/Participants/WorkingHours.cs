namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>When someone works, in their own time zone (an IANA or Windows id).</summary>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, IReadOnlyList<DayOfWeek> Days, string TimeZone)
{
    public static IReadOnlyList<DayOfWeek> WeekDays { get; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public IEnumerable<ValidationError> Check()
    {
        if (End <= Start)
            yield return new ValidationError("workingHours", "ErrorWorkingHours");
        if (Days.Count == 0)
            yield return new ValidationError("workingDays", "ErrorWorkingDays");
        if (!TimeZones.IsKnown(TimeZone))
            yield return new ValidationError("timeZone", "ErrorTimeZone");
    }
}
