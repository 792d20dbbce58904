using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Pairs;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// A Book press: the slot posted back is checked (shape, length, working hours of both), checked again against both
/// calendars, then booked in the mentor's calendar with the mentee invited. The pressed card becomes the booked
/// meeting; the other person is told, in their language and on their clock. A slot taken meanwhile gets fresh
/// suggestions instead, and a second press of the same slot books nothing more.
/// </summary>
public sealed class MeetingBooking(PressedSlots slots, SlotPlanner planner, BookedMeetings booked, PairPeople people, ICalendar calendar)
{
    public async Task BookAsync(ChatTurn turn, PairContext context, JObject data, CancellationToken cancellationToken)
    {
        if (await slots.ReadAsync(turn, context, data, cancellationToken) is not { } pressed)
            return;
        var slot = pressed.Slot;

        // Pressed twice (or pressed by both): the first press booked it; show it again, book nothing.
        if (context.Pair.NextMeeting is { EventId: not null } already && already.Range == slot)
        {
            await booked.ShowAsync(turn, context, pressed, already, moved: false, cancellationToken);
            return;
        }

        var (free, mode) = await planner.StillFreeAsync(context, slot, cancellationToken);
        if (free != true)
        {
            await booked.OfferAgainAsync(turn, context, free is null ? mode : null, free is null ? "ScheduleCannotBook" : "ScheduleSlotTaken", cancellationToken);
            return;
        }

        var pair = context.Pair;
        var subject = (await people.MentorLanguageAsync(context, turn.Text, cancellationToken)).Format("ScheduleSubject", context.Programme.Name);
        var request = new MeetingRequest(pair.MentorTenantId, pair.MentorId, pair.MenteeId, slot, subject, null, $"{pair.Id}@{slot.Start.UtcTicks}");
        var result = await calendar.BookAsync(request, cancellationToken);
        if (result.Value is not { } created)
        {
            await booked.OfferAgainAsync(turn, context, SchedulingModes.From(result.Outcome), "ScheduleCannotBook", cancellationToken);
            return;
        }

        var meeting = new PairMeeting(slot.Start, slot.End, created.EventId, created.JoinUrl);
        await booked.SaveNextMeetingAsync(context, meeting, cancellationToken);
        await booked.ShowAsync(turn, context, pressed, meeting, moved: false, cancellationToken);
        await booked.TellOtherAsync(context, pressed, meeting, moved: false, cancellationToken);
    }
}
