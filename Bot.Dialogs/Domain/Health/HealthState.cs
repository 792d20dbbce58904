namespace MentorBot.Dialogs.Domain.Health;

/// <summary>
/// A pair's health. The first four are a scale (each worse than the one before); the others say the relationship is
/// not running on its own: paused, past the programme's end, or over.
/// </summary>
public enum HealthState
{
    OnTrack,
    NeedsAttention,
    AtRisk,
    Stalled,
    Paused,
    Continuing,
    Completed,
    Ended,
}
