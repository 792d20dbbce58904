using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// One thing already tried to keep a pair going: a nudge, reminder, escalation or question sent (to whom, when, and
/// what came of it), or a snooze someone asked for (<see cref="Kind"/> null, <see cref="At"/> when, until <see cref="SnoozedUntil"/>).
/// </summary>
public sealed record Attempt(NudgeKind? Kind, Role? Role, DateTimeOffset At)
{
    /// <summary>Whether it went to a lead rather than to one of the pair.</summary>
    public bool ToLead => Kind is NudgeKind.Escalation or NudgeKind.FadedToLeads;

    public NudgeResponse? Response { get; init; }

    public DateTimeOffset? RespondedAt { get; init; }

    public DateTimeOffset? SnoozedUntil { get; init; }
}
