using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Moving the pair's booked meeting: Move this meeting offers free times (its own calendar item counts as free), Move
/// here re-checks both calendars, reserves the new time on the pair and moves the event in the mentor's calendar,
/// which updates the invitation and keeps the Teams link. Buttons carry the start of the meeting they move: a press
/// on a card from before the last move, or after the meeting, changes nothing; a press of the same Move here again
/// moves the event there again (harmless, and it finishes a move a stop interrupted) but tells nobody twice. An event
/// deleted from the calendar is forgotten and new times are offered.
/// </summary>
public sealed class MeetingMoves(PressedSlots slots, SlotPlanner planner, OfferCards cards, BookedMeetings booked, ICalendar calendar, TimeProvider time)
{
    /// <summary>Move this meeting: times to move it to, as a new card (the pressed one keeps showing the meeting).</summary>
    public async Task OfferAsync(ChatTurn turn, PairContext context, SlotPress data, CancellationToken cancellationToken)
    {
        if (Movable(context, data) is not { } meeting)
        {
            await turn.SayAsync(turn.Text["ScheduleMoveStale"], cancellationToken);
            return;
        }

        var offer = await planner.PlanAsync(context, cancellationToken, moving: meeting);
        if (!offer.Mode.CanBook())
        {
            await turn.SayAsync(turn.Text["ScheduleCannotMove"], cancellationToken);
            return;
        }

        var card = await cards.BuildAsync(offer, turn.Text, null, cancellationToken);
        await (card is null ? turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken) : turn.SayAsync(card, cancellationToken));
    }

    /// <summary>Move here.</summary>
    public async Task MoveAsync(ChatTurn turn, PairContext context, SlotPress data, CancellationToken cancellationToken)
    {
        if (await slots.ReadAsync(turn, context, data, cancellationToken) is not { } pressed)
            return;

        // Already here (pressed twice), or a move here that was interrupted or went unanswered: move the event here
        // again (the same change), then confirm it.
        var current = context.Pair.NextMeeting;
        if (current is { IsBooked: true } && current.Range == pressed.Slot && (current.IsPending || PressedSlots.Instant(data.From) != current.Start))
        {
            await FinishAsync(turn, context, pressed, context, current, cancellationToken);
            return;
        }

        if (Movable(context, data) is not { } meeting)
        {
            await turn.SayAsync(turn.Text["ScheduleMoveStale"], cancellationToken);
            return;
        }

        var (free, _) = await planner.StillFreeAsync(context, pressed.Slot, cancellationToken, moving: meeting);
        if (free is null)
        {
            await turn.SayAsync(turn.Text["ScheduleCannotMove"], cancellationToken);
            return;
        }

        if (free == false)
        {
            await booked.OfferAgainAsync(turn, context, null, "ScheduleMoveSlotTaken", cancellationToken, moving: meeting);
            return;
        }

        var target = meeting with { Start = pressed.Slot.Start, End = pressed.Slot.End, Moved = true };
        if (await booked.ReserveAsync(context, target, time.GetUtcNow(), cancellationToken) is not { } saved)
        {
            await turn.SayAsync(turn.Text["ScheduleChangedMeanwhile"], cancellationToken);
            return;
        }

        await FinishAsync(turn, context, pressed, saved.Reserved, saved.Reservation, cancellationToken);
    }

    // Moves the event to the reserved time and settles the pair on what the calendar said.
    private async Task FinishAsync(ChatTurn turn, PairContext context, PressedSlot pressed, PairContext reserved, PairMeeting reservation, CancellationToken cancellationToken)
    {
        var pair = context.Pair;
        var result = await calendar.MoveAsync(new MeetingMove(pair.MentorTenantId, pair.MentorId, reservation.EventId!, pressed.Slot), cancellationToken);
        switch (result.Outcome)
        {
            case CalendarOutcome.Ok:
                var moved = reservation.Confirmed(result.Value!.JoinUrl);
                if (await booked.ConfirmAsync(reserved, reservation, moved, cancellationToken) is null)
                {
                    await turn.SayAsync(turn.Text["ScheduleChangedMeanwhile"], cancellationToken);
                    return;
                }

                await booked.ShowAsync(turn, context, pressed.Slot, pressed.ViewerZone, moved, cancellationToken);
                await booked.TellOtherAsync(context, pressed, moved, cancellationToken);
                return;

            case CalendarOutcome.Gone:
                // Deleted from the calendar: the bot stops showing a meeting that no longer exists, and offers new times.
                var forgotten = await booked.ConfirmAsync(reserved, reservation, null, cancellationToken) ?? reserved;
                await booked.OfferAgainAsync(turn, forgotten with { Pair = forgotten.Pair with { NextMeeting = null } }, null, "ScheduleMoveGone", cancellationToken);
                return;

            case CalendarOutcome.TransientFailure:
                // The event may have moved already: the move stays pending, and pressing Move here again finishes it.
                await turn.SayAsync(turn.Text["ScheduleCalendarSlow"], cancellationToken);
                return;

            default:
                await booked.ReleaseAsync(reserved, reservation, cancellationToken);
                await turn.SayAsync(turn.Text["ScheduleCannotMove"], cancellationToken);
                return;
        }
    }

    // The pair's booked meeting the button was made for, if it is still that one and still ahead.
    private PairMeeting? Movable(PairContext context, SlotPress data)
    {
        var from = PressedSlots.Instant(data.From);
        return context.Pair.NextMeeting is { IsBooked: true, IsPending: false } meeting && meeting.Start == from && meeting.End > time.GetUtcNow() && !context.SpansTenants
            ? meeting
            : null;
    }
}
