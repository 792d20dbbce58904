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
}
