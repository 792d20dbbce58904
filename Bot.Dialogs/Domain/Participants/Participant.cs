namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>Someone's membership of one programme: their role, goals, preferences and baseline.</summary>
public sealed record Participant
{
    public required string TenantId { get; init; }

    public required string UserObjectId { get; init; }

    public required string ProgrammeId { get; init; }

    public required Role Role { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>The department the participant works in (from the directory, or as they said).</summary>
    public string? Department { get; init; }

    public string? JobTitle { get; init; }

    public Seniority? Seniority { get; init; }

    /// <summary>One to three goals, in the participant's words.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];

    /// <summary>A mentee's skills to develop, a mentor's skills to offer.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public DepartmentPreference DepartmentPreference { get; init; } = DepartmentPreference.NoPreference;

    public IReadOnlyList<string> Languages { get; init; } = [];

    public Programmes.Cadence Cadence { get; init; } = Programmes.Cadence.Fortnightly;

    public WorkingHours? WorkingHours { get; init; }

    /// <summary>How many mentees a mentor takes on; null for mentees.</summary>
    public int? Capacity { get; init; }

    public SelfAssessment? Baseline { get; init; }

    public ParticipantStatus Status { get; init; } = ParticipantStatus.Active;

    public DateOnly? PausedUntil { get; init; }

    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>Whether this membership is the person's with these ids (object ids compared as Entra does, ignoring case).</summary>
    public bool IsPerson(string tenantId, string userObjectId) =>
        string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>No matches, check-ins or nudges until <paramref name="until"/> (a new date replaces an earlier pause's).</summary>
    public Transition<Participant> Pause(DateOnly until) =>
        Transitions.If(Status is ParticipantStatus.Active or ParticipantStatus.Paused, () => this with { Status = ParticipantStatus.Paused, PausedUntil = until });

    public Transition<Participant> Resume() =>
        Transitions.If(Status == ParticipantStatus.Paused, () => this with { Status = ParticipantStatus.Active, PausedUntil = null });

    /// <summary>Leaving is final: the membership stays (for the record) but takes part in nothing.</summary>
    public Transition<Participant> Leave() =>
        Transitions.If(Status != ParticipantStatus.Left, () => this with { Status = ParticipantStatus.Left, PausedUntil = null });
}
