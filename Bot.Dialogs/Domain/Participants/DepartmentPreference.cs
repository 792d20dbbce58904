namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>Whether a mentee wants a mentor from their own department, another one, or does not mind.</summary>
public enum DepartmentPreference
{
    NoPreference,
    Same,
    Other,
}
