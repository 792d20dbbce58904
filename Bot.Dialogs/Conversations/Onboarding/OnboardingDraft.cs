using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>The answers collected so far; saved in flow state between turns (and days).</summary>
public sealed class OnboardingDraft
{
    public Role Role { get; set; }

    public string? ProgrammeId { get; set; }

    /// <summary>The programmes open to the user when onboarding started (id, name), for the choice step.</summary>
    public List<ProgrammeOption> ProgrammeOptions { get; set; } = [];

    /// <summary>The chosen programme's skills catalogue, offered as choices.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public IReadOnlyList<string> Catalogue => ProgrammeOptions.FirstOrDefault(o => o.Id == ProgrammeId)?.Catalogue ?? [];

    /// <summary>When editing one part of a profile: the only step to ask. Null during onboarding.</summary>
    public string? EditOnly { get; set; }

    public List<string> Goals { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public string? Department { get; set; }

    public string? JobTitle { get; set; }

    public Seniority? Seniority { get; set; }

    public DepartmentPreference DepartmentPreference { get; set; }

    public List<string> Languages { get; set; } = [];

    public Cadence Cadence { get; set; } = Cadence.Fortnightly;

    public TimeOnly WorkStart { get; set; } = new(9, 0);

    public TimeOnly WorkEnd { get; set; } = new(17, 0);

    public List<DayOfWeek> WorkDays { get; set; } = [.. WorkingHours.WeekDays];

    public string? TimeZone { get; set; }

    public int? Capacity { get; set; }

    public SelfAssessment? Baseline { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Set when editing an existing profile: steps are pre-filled and the join date is kept.</summary>
    public DateTimeOffset? JoinedAt { get; set; }

    public Participant ToParticipant(string tenantId, string userObjectId, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        UserObjectId = userObjectId,
        ProgrammeId = ProgrammeId ?? throw new InvalidOperationException("No programme chosen."),
        Role = Role,
        DisplayName = DisplayName,
        Goals = [.. Goals],
        Skills = [.. Skills],
        Department = Department?.Trim(),
        JobTitle = string.IsNullOrWhiteSpace(JobTitle) ? null : JobTitle.Trim(),
        Seniority = Seniority,
        DepartmentPreference = DepartmentPreference,
        Languages = [.. Languages],
        Cadence = Cadence,
        WorkingHours = new WorkingHours(WorkStart, WorkEnd, [.. WorkDays], TimeZone ?? "UTC"),
        Capacity = Role == Role.Mentor ? Capacity : null,
        Baseline = Baseline,
        JoinedAt = JoinedAt ?? now,
    };

    /// <summary>
    /// The one part being edited (<see cref="EditOnly"/>) applied to the participant as stored now. Everything else,
    /// status and pause included, stays as stored: the draft is a copy from when the edit began, and a pause, a
    /// resume or another change since then must not be undone by saving it back.
    /// </summary>
    public Participant ApplyEditTo(Participant current)
    {
        var edited = ToParticipant(current.TenantId, current.UserObjectId, current.JoinedAt);
        return EditOnly switch
        {
            AboutYouStep.StepName => current with { Department = edited.Department, JobTitle = edited.JobTitle, Seniority = edited.Seniority },
            GoalsStep.StepName => current with { Goals = edited.Goals },
            SkillsStep.StepName => current with { Skills = edited.Skills },
            PreferencesStep.StepName => current with { DepartmentPreference = edited.DepartmentPreference, Languages = edited.Languages, Cadence = edited.Cadence },
            WorkingHoursStep.StepName => current with { WorkingHours = edited.WorkingHours },
            CapacityStep.StepName => current with { Capacity = current.Role == Role.Mentor ? Capacity : current.Capacity },
            BaselineStep.StepName => current with { Baseline = edited.Baseline },
            _ => throw new InvalidOperationException($"'{EditOnly}' is not an editable part of a profile."),
        };
    }

    public static OnboardingDraft From(Participant p, ProgrammeOption programme) => new()
    {
        Role = p.Role,
        ProgrammeId = p.ProgrammeId,
        ProgrammeOptions = [programme],
        Goals = [.. p.Goals],
        Skills = [.. p.Skills],
        Department = p.Department,
        JobTitle = p.JobTitle,
        Seniority = p.Seniority,
        DepartmentPreference = p.DepartmentPreference,
        Languages = [.. p.Languages],
        Cadence = p.Cadence,
        WorkStart = p.WorkingHours?.Start ?? new TimeOnly(9, 0),
        WorkEnd = p.WorkingHours?.End ?? new TimeOnly(17, 0),
        WorkDays = [.. p.WorkingHours?.Days ?? WorkingHours.WeekDays],
        TimeZone = p.WorkingHours?.TimeZone,
        Capacity = p.Capacity,
        Baseline = p.Baseline,
        DisplayName = p.DisplayName,
        JoinedAt = p.JoinedAt,
    };
}

public sealed record ProgrammeOption(string Id, string Name, IReadOnlyList<string> Catalogue);
