namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>Whether a new live pair may be stored next to a programme's other pairs.</summary>
public enum Placement
{
    Allowed,

    /// <summary>The same mentee and mentor have a pair in the programme already (live or closed: it is never proposed twice).</summary>
    AlreadyExists,

    /// <summary>The mentee has a live pair already: one mentor at a time.</summary>
    MenteeTaken,

    /// <summary>The mentor's live pairs fill their capacity.</summary>
    MentorFull,
}
