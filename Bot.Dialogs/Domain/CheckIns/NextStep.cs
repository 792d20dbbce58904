namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>What the person says happens next.</summary>
public enum NextStep
{
    MeetingBooked,
    FindATime,
    NotSure,
}
