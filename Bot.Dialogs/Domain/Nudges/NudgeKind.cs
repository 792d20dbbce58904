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

    /// <summary>No meeting and no check-in answer for twice DaysWithoutMeeting: each person is asked keep going, pause or end.</summary>
    Faded,

    /// <summary>Neither person answered the faded question within a week: each lead decides (keep it, end and rematch, end).</summary>
    FadedToLeads,
}
