using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// One nudge, reminder, escalation or stay/pause/leave question sent to one person about one pair, for one period
/// (see <see cref="NudgePeriod"/>): recorded when sent, so a re-run never sends it twice, and kept on the pair so the
/// lead can see what was already tried.
/// </summary>
public sealed record Nudge
{
    public required string ProgrammeId { get; init; }

    public required string PairId { get; init; }

    public required string TenantId { get; init; }

    public required string UserObjectId { get; init; }

    public required NudgeKind Kind { get; init; }

    /// <summary>Which occurrence it is (a quiet spell, a check-in, a run of silence): its id within kind, pair and person.</summary>
    public required string Period { get; init; }

    /// <summary>The recipient's role in the pair; null for a lead.</summary>
    public Role? Role { get; init; }

    /// <summary>The first instant inside the recipient's working hours when it could go.</summary>
    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset SentAt { get; init; }

    /// <summary>The pair's health reasons when it was decided: why it was sent.</summary>
    public IReadOnlyList<HealthReason> Reasons { get; init; } = [];

    /// <summary>For a no-meeting nudge: when the quiet spell began (the last meeting, or the pair's start).</summary>
    public DateTimeOffset? QuietSince { get; init; }

    /// <summary>
    /// Set when recorded, cleared once handed to the messenger: a run that stopped in between leaves it set, and the
    /// next run sends it (under the same key, so never twice).
    /// </summary>
    public bool AwaitsSending { get; init; }

    /// <summary>For a reminder: the period of the check-in it reminds of.</summary>
    public string? CheckInPeriod { get; init; }

    public NudgeResponse? Response { get; init; }

    public DateTimeOffset? RespondedAt { get; init; }

    public bool IsAnswered => Response is not null;

    /// <summary>Whether it goes to a lead (in the lead's hours, and even while the pair is on hold) rather than to one of the pair.</summary>
    public bool ToLead => Kind is NudgeKind.Escalation or NudgeKind.FadedToLeads;

    /// <summary>What it is, for whom, for which period: the key that makes its sending idempotent.</summary>
    public string IdempotencyKey => NudgePeriod.IdempotencyKey(Kind, PairId, TenantId, UserObjectId, Period);

    public bool IsFor(string tenantId, string userObjectId) =>
        string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Records what the recipient did; the first response stands (a second press changes nothing).</summary>
    public Transition<Nudge> Respond(NudgeResponse response, DateTimeOffset at) =>
        Transitions.If(Response is null, () => this with { Response = response, RespondedAt = at });
}
