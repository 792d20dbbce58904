namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>Progress on one goal since the last check-in; ordered, so "more progress" compares as greater.</summary>
public enum GoalProgress
{
    None,
    Some,
    ALot,
    Achieved,
}
