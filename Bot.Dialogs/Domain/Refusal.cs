namespace MentorBot.Dialogs.Domain;

/// <summary>Why a lifecycle method refused to change a record.</summary>
public enum Refusal
{
    /// <summary>The change does not apply to the record's current status (already decided, closed, never started).</summary>
    WrongState,

    /// <summary>The change came after its deadline (an offer accepted after the mentor's answer-by time).</summary>
    DeadlinePassed,
}
