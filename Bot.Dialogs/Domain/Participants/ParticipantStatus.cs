namespace MentorBot.Dialogs.Domain.Participants;

public enum ParticipantStatus
{
    Active,
    Paused,
    Left,
}
