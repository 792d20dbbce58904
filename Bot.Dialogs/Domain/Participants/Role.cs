namespace MentorBot.Dialogs.Domain.Participants;

public enum Role
{
    Mentee,
    Mentor,
}
