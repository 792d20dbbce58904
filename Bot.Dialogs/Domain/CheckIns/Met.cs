namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>Whether the pair met since the last check-in, as one person answers it.</summary>
public enum Met
{
    Yes,
    NotYet,
    Cancelled,
}
