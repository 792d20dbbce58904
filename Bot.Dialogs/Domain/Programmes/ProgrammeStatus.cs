namespace MentorBot.Dialogs.Domain.Programmes;

public enum ProgrammeStatus
{
    Open,
    Closed,
}
