namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>Why a pair was ended or withdrawn: what its members and leads are told, and who it is told about.</summary>
public enum PairEnding
{
    MenteeLeft,
    MentorLeft,
    ProgrammeClosed,
}
