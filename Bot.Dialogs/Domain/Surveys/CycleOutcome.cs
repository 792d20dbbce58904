namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>What the two end-survey choices of a pair decide, once one of them is recorded.</summary>
public enum CycleOutcome
{
    /// <summary>One chose to continue and the other has not answered: the pair stays followed until they do (or the programme's close ends it).</summary>
    Wait,

    /// <summary>Both chose to continue: the pair continues informally.</summary>
    Continue,

    /// <summary>Either chose to close: closing needs only one of the two, so the pair ends with a summary for both.</summary>
    Close,
}
