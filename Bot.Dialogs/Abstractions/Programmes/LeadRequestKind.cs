namespace MentorBot.Dialogs.Abstractions.Programmes;

/// <summary>What a queued <see cref="LeadRequest"/> does.</summary>
public enum LeadRequestKind
{
    /// <summary>Invite the pasted addresses to the programme.</summary>
    Invite,

    /// <summary>Run a matching round of the programme and apply it (offers to mentors, choices to mentees).</summary>
    Match,
}
