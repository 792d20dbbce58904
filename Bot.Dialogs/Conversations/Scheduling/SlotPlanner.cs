using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Suggests slots for a pair: both people's working hours (the calendar's, else what they declared), one free/busy
/// request for both over the search's horizon, then the slot finder with the programme's meeting length and
/// cadence. When the calendars cannot be read the slots come from declared hours alone, and the offer says why.
/// For moving a booked meeting, its own calendar item is left out (it is what moves; whatever else overlaps it still
/// counts), its own time is not offered again, and the cadence does not apply.
/// </summary>
public sealed class SlotPlanner(ICalendar calendar, ParticipantStore participants, TimeProvider time)
{
    public async Task<SlotOffer> PlanAsync(PairContext context, CancellationToken cancellationToken, PairMeeting? moving = null)
    {
        var pair = context.Pair;
        var useCalendar = !context.SpansTenants;
        var (mentor, mentee) = await HoursAsync(context, cancellationToken);
        if (mentor is null || mentee is null)
            return new SlotOffer(context, SchedulingMode.NotConfigured, mentor, mentee, []);

        var search = new SlotSearch
        {
            Mentor = mentor,
            Mentee = mentee,
            Length = context.Programme.MeetingLength,
            Now = time.GetUtcNow(),
            LastMeeting = moving is null ? pair.NextMeeting?.Start : null,
            Cadence = context.Programme.MeetingCadence,
        };
        var horizon = SlotFinder.Horizon(search);
        var mode = SchedulingMode.OtherOrganisation;
        if (useCalendar && !horizon.IsEmpty)
        {
            var freeBusy = await calendar.GetFreeBusyAsync(pair.MentorTenantId, [pair.MentorId, pair.MenteeId], horizon, cancellationToken);
            mode = SchedulingModes.From(freeBusy.Outcome);
            if (freeBusy.Value is { } answer)
                search = search with { Busy = moving is null ? answer.AllBusy : answer.AllBusyExcept(moving.Range) };
        }

        var slots = SlotFinder.Find(moving is null ? search : search with { Busy = TimeRanges.Merge([.. search.Busy, moving.Range]) });
        return new SlotOffer(context, mode, mentor, mentee, slots) { Moving = moving };
    }

    /// <summary>Whether the slot is still free in both calendars; null when the calendars could not say.</summary>
    public async Task<(bool? Free, SchedulingMode Mode)> StillFreeAsync(PairContext context, TimeRange slot, CancellationToken cancellationToken, PairMeeting? moving = null)
    {
        if (context.SpansTenants)
            return (null, SchedulingMode.OtherOrganisation);
        var pair = context.Pair;
        var answer = await calendar.GetFreeBusyAsync(pair.MentorTenantId, [pair.MentorId, pair.MenteeId], slot, cancellationToken);
        return answer.Value is { } freeBusy
            ? (!(moving is null ? freeBusy.AllBusy : freeBusy.AllBusyExcept(moving.Range)).Any(b => b.Overlaps(slot)), SchedulingMode.Calendars)
            : (null, SchedulingModes.From(answer.Outcome));
    }

    /// <summary>Both people's working hours: the calendar's where it answers (same-tenant pairs), else the declared ones.</summary>
    public async Task<(WorkingHours? Mentor, WorkingHours? Mentee)> HoursAsync(PairContext context, CancellationToken cancellationToken)
    {
        var pair = context.Pair;
        var useCalendar = !context.SpansTenants;
        return (await HoursAsync(context, pair.MentorTenantId, pair.MentorId, useCalendar, cancellationToken),
            await HoursAsync(context, pair.MenteeTenantId, pair.MenteeId, useCalendar, cancellationToken));
    }

    private async Task<WorkingHours?> HoursAsync(PairContext context, string tenantId, string userObjectId, bool useCalendar, CancellationToken cancellationToken)
    {
        if (useCalendar && (await calendar.GetWorkingHoursAsync(tenantId, userObjectId, cancellationToken)).Value is { } fromCalendar && !fromCalendar.Check().Any())
            return fromCalendar;
        var participant = await participants.GetAsync(context.Programme.Id, tenantId, userObjectId, cancellationToken);
        return participant?.WorkingHours is { } declared && !declared.Check().Any() ? declared : null;
    }
}
