using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>A mentoring programme as a lead configures it.</summary>
public sealed record Programme
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public ProgrammeType Type { get; init; } = ProgrammeType.OneToOne;

    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }

    public Cadence MeetingCadence { get; init; } = Cadence.Fortnightly;

    /// <summary>How long the pairs' meetings last; programmes stored before this setting existed read as an hour.</summary>
    public MeetingLength MeetingLength { get; init; } = MeetingLength.SixtyMinutes;

    /// <summary>Days between check-ins; by default one check-in per expected meeting.</summary>
    public int CheckInEveryDays { get; init; } = 14;

    public NudgeThresholds Nudges { get; init; } = NudgeThresholds.Default;

    public DigestSettings Digest { get; init; } = DigestSettings.Default;

    /// <summary>
    /// The fewest people a figure shown to leads may be computed from; below it the digest reads "not enough answers
    /// yet", so that a lead cannot work out one person's answer from an aggregate.
    /// </summary>
    public int MinAnswers { get; init; } = DefaultMinAnswers;

    public const int DefaultMinAnswers = 5;

    public IReadOnlyList<string> SkillsCatalogue { get; init; } = [];

    public MatchingMode Matching { get; init; } = MatchingMode.LeadApproves;

    public int DefaultMentorCapacity { get; init; } = 2;

    /// <summary>Days a mentor has to accept or decline an offer before it expires and the next candidate is asked.</summary>
    public int MentorAnswerDays { get; init; } = 3;

    /// <summary>How much each part of a match counts, and the least score a pair needs; the documented defaults unless the lead changes them.</summary>
    public MatchingWeights Weights { get; init; } = MatchingWeights.Default;

    /// <summary>Group programmes: how circles are formed.</summary>
    public CircleSettings Circles { get; init; } = CircleSettings.Default;

    /// <summary>Cross-organisation programmes: the tenants whose people may join. Empty: the lead's tenant only.</summary>
    public IReadOnlyList<string> AllowedTenants { get; init; } = [];

    /// <summary>The tenant the programme was created in.</summary>
    public required string TenantId { get; init; }

    /// <summary>Entra object ids of the programme's leads.</summary>
    public required IReadOnlyList<string> Leads { get; init; }

    public ProgrammeStatus Status { get; init; } = ProgrammeStatus.Open;

    public bool IsOpen => Status == ProgrammeStatus.Open;

    /// <summary>When it was closed (null while open, and for programmes closed before this was recorded): the end survey's answer window runs from it.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How many live pairs a mentor may hold: their own capacity, or the programme's default.</summary>
    public int CapacityOf(Participant mentor)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        return mentor.Capacity ?? DefaultMentorCapacity;
    }

    /// <summary>Closing is final: nobody joins or is matched any more, and its pairs end (see the close conversation).</summary>
    public Transition<Programme> Close(DateTimeOffset now) => Transitions.If(IsOpen, () => this with { Status = ProgrammeStatus.Closed, ClosedAt = now });

    public bool IsLead(string userObjectId) => Leads.Contains(userObjectId, StringComparer.OrdinalIgnoreCase);

    public bool AdmitsTenant(string tenantId) =>
        string.Equals(tenantId, TenantId, StringComparison.OrdinalIgnoreCase) ||
        (Type == ProgrammeType.CrossOrganisation && AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
}
