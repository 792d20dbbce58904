namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>What the end survey asks about the relationship once the programme ends.</summary>
public enum CycleChoice
{
    /// <summary>Keep meeting informally: the pair stays, with no more check-ins or nudges.</summary>
    Continue,

    /// <summary>Close it well: both get a summary and a thank-you, and the pair ends.</summary>
    Close,
}
