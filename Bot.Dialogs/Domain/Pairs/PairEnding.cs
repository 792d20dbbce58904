namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>Why a pair was ended or withdrawn: what its members and leads are told, and who it is told about.</summary>
public enum PairEnding
{
    MenteeLeft,
    MentorLeft,
    ProgrammeClosed,

    /// <summary>A lead ended it after a "not a good fit", to rematch the mentee (End and rematch).</summary>
    NotAGoodFit,

    /// <summary>A lead ended it after it went quiet and the nudges went unanswered, to rematch the mentee (End and rematch on an escalation).</summary>
    Faded,

    /// <summary>One of the two closed it at the end survey: both were thanked with a summary of the relationship.</summary>
    Completed,

    /// <summary>One of the pair ended it, answering "keep going, pause or end?" after it went quiet.</summary>
    EndedByPair,
}
