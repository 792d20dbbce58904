namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>What became of a press of a check-in card's button.</summary>
public enum AnswerResult
{
    /// <summary>The answer (or a changed answer) is to be saved.</summary>
    Recorded,

    /// <summary>The same answer was already recorded: a double press or a second device; nothing to save.</summary>
    AlreadyRecorded,

    /// <summary>A newer check-in was sent since: this one no longer takes answers; the outcome names the current one.</summary>
    Superseded,

    /// <summary>The pair is no longer active.</summary>
    PairClosed,

    /// <summary>The answer breaks a rule; nothing is saved and the errors say why.</summary>
    Invalid,
}
