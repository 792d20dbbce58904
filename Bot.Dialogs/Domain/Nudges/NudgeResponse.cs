namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>What the recipient did with a nudge: it counts as an answer, so it ends a run of silence.</summary>
public enum NudgeResponse
{
    Snoozed,
    FoundATime,
    Stay,
    Pause,
    Leave,
    NudgedAgain,
    MessagedBoth,
    EndedAndRematched,

    /// <summary>The faded question: keep going (the pair carries on as it is).</summary>
    KeepGoing,

    /// <summary>The faded question, or the leads' card after it: the pair ended (without a rematch).</summary>
    Ended,

    /// <summary>The leads' faded card: the lead keeps the pair as it is.</summary>
    KeptByLead,
}
