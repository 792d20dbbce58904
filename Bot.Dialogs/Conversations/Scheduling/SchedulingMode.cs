using MentorBot.Dialogs.Abstractions.Calendar;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>Where the suggested slots come from, and, when not from the calendars, why not: the card says it.</summary>
public enum SchedulingMode
{
    /// <summary>Both calendars were read: the slots are free for both, and "Book" creates the Teams meeting.</summary>
    Calendars,

    /// <summary>No calendar service is configured: declared working hours and a Teams scheduling link.</summary>
    NotConfigured,

    /// <summary>The calendar permissions are not consented (403).</summary>
    ConsentMissing,

    /// <summary>The two people are in different organisations: neither calendar can be read for both.</summary>
    OtherOrganisation,

    /// <summary>The calendar service failed or was unavailable even after retries.</summary>
    Unavailable,
}

public static class SchedulingModes
{
    public static SchedulingMode From(CalendarOutcome outcome) => outcome switch
    {
        CalendarOutcome.Ok => SchedulingMode.Calendars,
        CalendarOutcome.NotConfigured => SchedulingMode.NotConfigured,
        CalendarOutcome.ConsentMissing => SchedulingMode.ConsentMissing,
        CalendarOutcome.OtherTenant => SchedulingMode.OtherOrganisation,
        _ => SchedulingMode.Unavailable,
    };

    public static bool CanBook(this SchedulingMode mode) => mode == SchedulingMode.Calendars;
}
