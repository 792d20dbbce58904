namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>Progress on one goal, named by its <see cref="GoalRef.Id"/>.</summary>
public sealed record GoalAnswer(string GoalId, GoalProgress Progress);
