using MentorBot.Dialogs.Domain.Text;

namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>What makes a profile complete and valid. Each step of onboarding checks its own part with these.</summary>
public static class ParticipantRules
{
    public static IEnumerable<ValidationError> CheckGoals(IReadOnlyList<string> goals)
    {
        var kept = goals.Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
        if (kept.Count == 0)
            yield return new ValidationError("goals", "ErrorGoalsMissing");
        if (kept.Count > Limits.GoalsMax)
            yield return new ValidationError("goals", "ErrorTooMany", Limits.GoalsMax);
        foreach (var error in kept.SelectMany(g => TypedText.Check("goals", g)).Take(1))
            yield return error;
        foreach (var goal in kept)
        {
            var length = goal.Trim().Length;
            if (length < Limits.GoalMin)
                yield return new ValidationError("goals", "ErrorGoalTooShort", Limits.GoalMin);
            else if (length > Limits.GoalMax)
                yield return new ValidationError("goals", "ErrorTextTooLong", length, Limits.GoalMax);
        }
    }

    public static IEnumerable<ValidationError> CheckSkills(IReadOnlyList<string> skills)
    {
        if (skills.Count == 0)
            yield return new ValidationError("skills", "ErrorSkillsMissing");
        if (skills.Count > Limits.ProfileSkillsMax)
            yield return new ValidationError("skills", "ErrorTooMany", Limits.ProfileSkillsMax);
        if (skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim().Length > Limits.SkillMax))
            yield return new ValidationError("skills", "ErrorSkillLength", Limits.SkillMax);
        foreach (var error in skills.SelectMany(s => TypedText.Check("skills", s)).Take(1))
            yield return error;
    }

    public static IEnumerable<ValidationError> CheckAboutYou(string? department, string? jobTitle, Seniority? seniority)
    {
        if (string.IsNullOrWhiteSpace(department))
            yield return new ValidationError("department", "ErrorDepartmentMissing");
        else if (department.Trim().Length > Limits.DepartmentMax)
            yield return new ValidationError("department", "ErrorTextTooLong", department.Trim().Length, Limits.DepartmentMax);
        if (jobTitle?.Trim().Length > Limits.JobTitleMax)
            yield return new ValidationError("jobTitle", "ErrorTextTooLong", jobTitle.Trim().Length, Limits.JobTitleMax);
        foreach (var error in TypedText.Check("department", department).Concat(TypedText.Check("jobTitle", jobTitle)))
            yield return error;
        if (seniority is null || !Enum.IsDefined(seniority.Value))
            yield return new ValidationError("seniority", "ErrorChoiceNotOffered");
    }

    public static IEnumerable<ValidationError> CheckCapacity(int? capacity)
    {
        if (capacity is not (>= Limits.CapacityMin and <= Limits.CapacityMax))
            yield return new ValidationError("capacity", "ErrorNumberRange", Limits.CapacityMin, Limits.CapacityMax);
    }

    /// <summary>Everything a finished profile needs.</summary>
    public static IReadOnlyList<ValidationError> Check(Participant p)
    {
        var errors = new List<ValidationError>();
        errors.AddRange(CheckAboutYou(p.Department, p.JobTitle, p.Seniority));
        errors.AddRange(CheckGoals(p.Goals));
        errors.AddRange(CheckSkills(p.Skills));
        if (p.Languages.Count > Limits.LanguagesMax)
            errors.Add(new("languages", "ErrorTooMany", Limits.LanguagesMax));
        if (p.WorkingHours is null)
            errors.Add(new("workingHours", "ErrorWorkingHours"));
        else
            errors.AddRange(p.WorkingHours.Check());
        if (p.Role == Role.Mentor)
            errors.AddRange(CheckCapacity(p.Capacity));
        if (p.Baseline is null)
            errors.Add(new("baseline", "ErrorBaselineMissing"));
        else
            errors.AddRange(p.Baseline.Check(p.Role));
        return errors;
    }
}
