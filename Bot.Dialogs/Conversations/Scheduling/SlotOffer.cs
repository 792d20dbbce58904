using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Slots for a pair and where they came from. <see cref="Mentor"/> and <see cref="Mentee"/> are the working hours
/// used (the calendars' where they answered, else the declared ones); null hours mean nobody knows them yet.
/// </summary>
public sealed record SlotOffer(PairContext Context, SchedulingMode Mode, WorkingHours? Mentor, WorkingHours? Mentee, IReadOnlyList<TimeRange> Slots)
{
    /// <summary>The booked meeting the slots are for moving, if that is what was asked.</summary>
    public PairMeeting? Moving { get; init; }

    public bool HoursKnown => Mentor is not null && Mentee is not null;

    public WorkingHours? ViewerHours => Context.ViewerIsMentor ? Mentor : Mentee;

    public WorkingHours? OtherHours => Context.ViewerIsMentor ? Mentee : Mentor;
}
