using MentorBot.Dialogs.Domain.Text;

namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>What makes a programme valid; every rule names the field and a message key.</summary>
public static class ProgrammeRules
{
    public static IReadOnlyList<ValidationError> Check(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var errors = new List<ValidationError>();
        var name = programme.Name?.Trim() ?? string.Empty;
        if (name.Length is < Limits.ProgrammeNameMin or > Limits.ProgrammeNameMax)
            errors.Add(new("name", "ErrorProgrammeName", Limits.ProgrammeNameMin, Limits.ProgrammeNameMax));
        if (programme.EndDate <= programme.StartDate)
            errors.Add(new("endDate", "ErrorProgrammeDates"));
        else if (programme.EndDate > programme.StartDate.AddYears(Limits.MaxProgrammeYears))
            errors.Add(new("endDate", "ErrorProgrammeTooLong", Limits.MaxProgrammeYears));
        if (programme.CheckInEveryDays is < 1 or > Limits.CheckInDaysMax)
            errors.Add(new("checkInEveryDays", "ErrorNumberRange", 1, Limits.CheckInDaysMax));
        if (programme.DefaultMentorCapacity is < Limits.CapacityMin or > Limits.CapacityMax)
            errors.Add(new("capacity", "ErrorNumberRange", Limits.CapacityMin, Limits.CapacityMax));
        if (programme.MentorAnswerDays is < 1 or > Limits.MentorAnswerDaysMax)
            errors.Add(new("mentorAnswerDays", "ErrorNumberRange", 1, Limits.MentorAnswerDaysMax));
        if (programme.Nudges.DaysWithoutMeeting is < 1 or > 180 || programme.Nudges.DaysWithoutAnswer is < 1 or > 60 || programme.Nudges.NudgesBeforeEscalation is < 1 or > 10)
            errors.Add(new("nudges", "ErrorNudges"));
        if (programme.MinAnswers is < Limits.MinAnswersMin or > Limits.MinAnswersMax)
            errors.Add(new("minAnswers", "ErrorNumberRange", Limits.MinAnswersMin, Limits.MinAnswersMax));
        if (programme.SkillsCatalogue.Count > Limits.CatalogueMax)
            errors.Add(new("skills", "ErrorTooMany", Limits.CatalogueMax));
        if (programme.SkillsCatalogue.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim().Length > Limits.SkillMax))
            errors.Add(new("skills", "ErrorSkillLength", Limits.SkillMax));
        errors.AddRange(TypedText.Check("name", programme.Name));
        errors.AddRange(programme.SkillsCatalogue.SelectMany(s => TypedText.Check("skills", s)).Take(1));
        errors.AddRange(programme.Weights.Check());
        errors.AddRange(programme.Circles.Check());
        if (programme.Leads.Count == 0)
            errors.Add(new("leads", "ErrorNoLead"));
        if (programme.AllowedTenants.Any(t => !Guid.TryParse(t, out _)))
            errors.Add(new("tenants", "ErrorTenantId"));
        return errors;
    }
}
