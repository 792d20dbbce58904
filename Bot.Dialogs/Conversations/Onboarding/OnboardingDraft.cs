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
