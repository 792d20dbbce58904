namespace MentorBot.Dialogs.Domain.Health;

/// <summary>A pair's health and why (see <see cref="HealthRules"/>); computed from the records, never stored.</summary>
public sealed record RelationshipHealth(HealthState State, IReadOnlyList<HealthReason> Reasons)
{
    /// <summary>Whether the state is on the on track → stalled scale (else paused, continuing, completed or ended).</summary>
    public bool IsRunning => State <= HealthState.Stalled;
}
