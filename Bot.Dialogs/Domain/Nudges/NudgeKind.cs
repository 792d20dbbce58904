namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>What a nudge is about, and so whom it goes to and what its card offers.</summary>
public enum NudgeKind
{
    /// <summary>The pair has not met for the programme's DaysWithoutMeeting: each person, with Find a time and Snooze.</summary>
    NoMeeting,

    /// <summary>A check-in left unanswered for DaysWithoutAnswer: its person, once.</summary>
    CheckInReminder,

    /// <summary>Repeated silence after nudges and reminders: each lead of the programme, with what was tried.</summary>
    Escalation,

    /// <summary>Three check-ins in a row unanswered: the person is asked whether to stay, pause or leave.</summary>
    StayPauseLeave,
}
