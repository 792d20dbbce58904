using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// A Book press: the slot posted back is checked (shape, length, working hours of both), checked again against both
/// calendars, reserved on the pair, then booked in the mentor's calendar with the mentee invited. The pressed card
/// becomes the booked meeting; the other person is told, in their language and on their clock. A pair has one
/// upcoming meeting at a time: a press while another is booked (an older card, the other person faster) books
/// nothing. A slot taken meanwhile gets fresh suggestions, and a second press of the same slot books nothing more.
/// </summary>
public sealed class MeetingBooking(PressedSlots slots, SlotPlanner planner, BookedMeetings booked, PairPeople people, ICalendar calendar, TimeProvider time)
{
    public async Task BookAsync(ChatTurn turn, PairContext context, JObject data, CancellationToken cancellationToken)
    {
        if (await slots.ReadAsync(turn, context, data, cancellationToken) is not { } pressed)
            return;
        var slot = pressed.Slot;
        var current = context.Pair.NextMeeting;

        // Pressed twice (or pressed by both): the first press booked it; show it again, book nothing.
        if (current is { IsBooked: true } && current.Range == slot)
        {
            await booked.ShowAsync(turn, context, slot, pressed.ViewerZone, current, moved: false, cancellationToken);
            return;
        }

        PairMeeting reservation;
        PairContext reserved;
        PairMeeting? previous = current;
        if (current is { IsBooked: false, PendingSince: not null } && current.Range == slot)
        {
            // A booking of this slot that a stop interrupted: the same number, so the calendar books it once.
            (reservation, reserved, previous) = (current, context, null);
        }
        else
        {
            if (current is not null && current.Holds(time.GetUtcNow()))
            {
                await RefuseAsync(turn, context, pressed, current, cancellationToken);
                return;
            }

            var (free, mode) = await planner.StillFreeAsync(context, slot, cancellationToken);
            if (free != true)
            {
                await booked.OfferAgainAsync(turn, context, free is null ? mode : null, free is null ? "ScheduleCannotBook" : "ScheduleSlotTaken", cancellationToken);
                return;
            }

            reservation = new PairMeeting(slot.Start, slot.End, null, null) { Sequence = context.Pair.MeetingSequence + 1, PendingSince = time.GetUtcNow() };
            if (await booked.ReserveAsync(context, reservation, cancellationToken) is not { } saved)
            {
                await turn.SayAsync(turn.Text["ScheduleChangedMeanwhile"], cancellationToken);
                return;
            }

            reserved = saved;
        }

        var pair = context.Pair;
        var subject = (await people.MentorLanguageAsync(context, turn.Text, cancellationToken)).Format("ScheduleSubject", context.Programme.Name);
        var request = new MeetingRequest(pair.MentorTenantId, pair.MentorId, pair.MenteeId, slot, subject, null, $"{pair.Id}@{reservation.Sequence}");
        var result = await calendar.BookAsync(request, cancellationToken);
        if (result.Value is not { } created)
        {
            var released = await booked.SettleAsync(reserved, reservation.Sequence, previous, cancellationToken);
            await booked.OfferAgainAsync(turn, released, SchedulingModes.From(result.Outcome), "ScheduleCannotBook", cancellationToken);
            return;
        }

        var meeting = reservation with { EventId = created.EventId, JoinUrl = created.JoinUrl, PendingSince = null };
        await booked.SettleAsync(reserved, reservation.Sequence, meeting, cancellationToken);
        await booked.ShowAsync(turn, context, slot, pressed.ViewerZone, meeting, moved: false, cancellationToken);
        await booked.TellOtherAsync(context, pressed, meeting, moved: false, cancellationToken);
    }

    // One upcoming meeting at a time: say which, and show it in place of the pressed card.
    private async Task RefuseAsync(ChatTurn turn, PairContext context, PressedSlot pressed, PairMeeting current, CancellationToken cancellationToken)
    {
        if (!current.IsBooked)
        {
            await turn.SayAsync(turn.Text["ScheduleBookingInProgress"], cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format("ScheduleAlreadyBooked", SlotText.Format(current.Range, pressed.ViewerZone, turn.Text)), cancellationToken);
        await booked.ShowAsync(turn, context, current.Range, pressed.ViewerZone, current, moved: false, cancellationToken);
    }
}
