namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>How a group programme forms its circles: the size to aim for and what brings a circle together.</summary>
public sealed record CircleSettings
{
    public const int SizeMin = 3;
    public const int SizeMax = 12;

    public static CircleSettings Default { get; } = new();

    /// <summary>The largest a circle may be; circles are as equal as the numbers allow (sizes differ by at most one).</summary>
    public int Size { get; init; } = 6;

    public CircleGrouping Grouping { get; init; } = CircleGrouping.ByDepartment;

    public IEnumerable<ValidationError> Check()
    {
        if (Size is < SizeMin or > SizeMax)
            yield return new ValidationError("circleSize", "ErrorNumberRange", SizeMin, SizeMax);
        if (!Enum.IsDefined(Grouping))
            yield return new ValidationError("circleGrouping", "ErrorChoiceNotOffered");
    }
}
