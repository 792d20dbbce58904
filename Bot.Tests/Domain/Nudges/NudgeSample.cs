using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>Nudges and snoozes for the sample pair of <see cref="Sample"/>, for the nudge rule, store and card tests.</summary>
internal static class NudgeSample
{
    public static Nudge Sent(Participant person, NudgeKind kind, DateTimeOffset sentAt, string? period = null) => new()
    {
        ProgrammeId = Sample.Programme.Id,
        PairId = Sample.Pair.Id,
        TenantId = person.TenantId,
        UserObjectId = person.UserObjectId,
        Role = person.Role,
        Kind = kind,
        Period = period ?? NudgePeriod.QuietSince(sentAt),
        DueAt = sentAt,
        SentAt = sentAt,
        Reasons = [new HealthReason(HealthReasonKeys.NoMeetingFor, HealthState.AtRisk, 30, 14), new HealthReason(HealthReasonKeys.Unanswered, HealthState.NeedsAttention, person.Role, 1), new HealthReason(HealthReasonKeys.LowUsefulness, HealthState.AtRisk, 1.3, 3)],
    };

    public static Nudge ToLead(string lead, DateTimeOffset sentAt, string? period = null) => new()
    {
        ProgrammeId = Sample.Programme.Id,
        PairId = Sample.Pair.Id,
        TenantId = Sample.Programme.TenantId,
        UserObjectId = lead,
        Kind = NudgeKind.Escalation,
        Period = period ?? NudgePeriod.SilenceSince(sentAt),
        DueAt = sentAt,
        SentAt = sentAt,
    };

    public static Snooze SnoozeBy(Participant person, DateTimeOffset at, int days = 7) =>
        Snooze.For(Sample.Programme.Id, Sample.Pair.Id, person.TenantId, person.UserObjectId, days, at);
}
