using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// A Book press: the slot posted back is checked (shape, length, working hours of both), checked again against both
/// calendars, reserved on the pair, then booked in the mentor's calendar with the mentee invited. The pressed card
/// becomes the booked meeting; the other person is told, in their language and on their clock. A pair has one
/// upcoming meeting at a time: a press while another is booked or being booked books nothing. A slot taken
/// meanwhile gets fresh suggestions; a calendar that did not answer leaves the booking pending, and pressing the
/// same slot again finishes it with the same key, so the calendar books it once.
/// </summary>
public sealed class MeetingBooking(PressedSlots slots, SlotPlanner planner, BookedMeetings booked, PairPeople people, ICalendar calendar, TimeProvider time)
{
    public async Task BookAsync(ChatTurn turn, PairContext context, SlotPress data, CancellationToken cancellationToken)
    {
        if (await slots.ReadAsync(turn, context, data, cancellationToken) is not { } pressed)
            return;
        var slot = pressed.Slot;
        var current = context.Pair.NextMeeting;

        // Pressed twice (or pressed by both): the first press booked it; show it again and make sure the other knows.
        if (current is { IsBooked: true, IsPending: false } && current.Range == slot)
        {
            await booked.ShowAsync(turn, context, slot, pressed.ViewerZone, current, cancellationToken);
            await booked.TellOtherAsync(context, pressed, current, cancellationToken);
            return;
        }

        var (reserved, reservation) = (context, current);
        if (current is not { IsBooked: false, IsPending: true } || current.Range != slot)
        {
            if (current is not null && current.IsUpcoming(time.GetUtcNow()))
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

            if (await booked.ReserveAsync(context, new PairMeeting(slot.Start, slot.End, null, null), time.GetUtcNow(), cancellationToken) is not { } saved)
            {
                await turn.SayAsync(turn.Text["ScheduleChangedMeanwhile"], cancellationToken);
                return;
            }

            (reserved, reservation) = (saved.Reserved, saved.Reservation);
        }

        // Otherwise this press finishes a booking of this slot that was interrupted or went unanswered.
        var pair = context.Pair;
        var subject = (await people.MentorLanguageAsync(context, turn.Text, cancellationToken)).Format("ScheduleSubject", context.Programme.Name);
        var request = new MeetingRequest(pair.MentorTenantId, pair.MentorId, pair.MenteeId, slot, subject, null, $"{pair.Id}@{reservation!.Sequence}");
        var result = await calendar.BookAsync(request, cancellationToken);
        if (result.Outcome == CalendarOutcome.TransientFailure)
        {
            // The event may exist already: keep the booking pending, so the same key finishes it and nothing doubles.
            await turn.SayAsync(turn.Text["ScheduleCalendarSlow"], cancellationToken);
            return;
        }

        if (result.Value is not { } created)
        {
            var released = await booked.ReleaseAsync(reserved, reservation, cancellationToken);
            await booked.OfferAgainAsync(turn, released, SchedulingModes.From(result.Outcome), "ScheduleCannotBook", cancellationToken);
            return;
        }

        var meeting = reservation.Confirmed(created.JoinUrl) with { EventId = created.EventId };
        if (await booked.ConfirmAsync(reserved, reservation, meeting, cancellationToken) is null)
        {
            await turn.SayAsync(turn.Text["ScheduleChangedMeanwhile"], cancellationToken);
            return;
        }

        await booked.ShowAsync(turn, context, slot, pressed.ViewerZone, meeting, cancellationToken);
        await booked.TellOtherAsync(context, pressed, meeting, cancellationToken);
    }

    // One upcoming meeting at a time: say which, and show a booked one in place of the pressed card.
    private async Task RefuseAsync(ChatTurn turn, PairContext context, PressedSlot pressed, PairMeeting current, CancellationToken cancellationToken)
    {
        var when = SlotText.Format(current.Range, pressed.ViewerZone, turn.Text);
        if (current.IsPending)
        {
            await turn.SayAsync(turn.Text.Format(current.IsBooked ? "ScheduleMovePending" : "ScheduleBookingPending", when), cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format("ScheduleAlreadyBooked", when), cancellationToken);
        await booked.ShowAsync(turn, context, current.Range, pressed.ViewerZone, current, cancellationToken);
    }
}
