namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>What brings a circle together, as the programme says.</summary>
public enum CircleGrouping
{
    /// <summary>People of the same department learn together.</summary>
    ByDepartment,

    /// <summary>People in the same function (similar job titles, across departments) learn together.</summary>
    ByFunction,

    /// <summary>Each circle mixes departments, for a view of other parts of the company.</summary>
    MixedDepartments,
}
