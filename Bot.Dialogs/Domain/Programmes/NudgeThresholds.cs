namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>When a quiet pair is nudged, and when repeated silence is escalated to the lead.</summary>
public sealed record NudgeThresholds(int DaysWithoutMeeting, int DaysWithoutAnswer, int NudgesBeforeEscalation)
{
    public static NudgeThresholds Default { get; } = new(21, 5, 2);
}
