namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>One goal and the progress each answered check-in reported on it, oldest first.</summary>
public sealed record GoalTimeline(GoalRef Goal, bool IsCurrent, IReadOnlyList<GoalTimeline.Point> Points)
{
    public GoalProgress? Latest => Points.Count == 0 ? null : Points[^1].Progress;

    public bool Achieved => Points.Any(p => p.Progress == GoalProgress.Achieved);

    /// <summary>What one check-in (by its period) reported, and when it was answered.</summary>
    public sealed record Point(string Period, DateTimeOffset AnsweredAt, GoalProgress Progress);
}
