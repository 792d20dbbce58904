using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using Newtonsoft.Json.Linq;

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
    public async Task OfferAsync(ChatTurn turn, PairContext context, JObject data, CancellationToken cancellationToken)
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
    public async Task MoveAsync(ChatTurn turn, PairContext context, JObject data, CancellationToken cancellationToken)
    {
        if (await slots.ReadAsync(turn, context, data, cancellationToken) is not { } pressed)
            return;
        var pair = context.Pair;

        // Already here (pressed twice, or a stop came between saving and the calendar): move the event here again.
        if (pair.NextMeeting is { EventId: { } movedId } already && already.Range == pressed.Slot && PressedSlots.Instant(data[FindTimeCard.FromField]) != already.Start)
        {
            if ((await calendar.MoveAsync(new MeetingMove(pair.MentorTenantId, pair.MentorId, movedId, pressed.Slot), cancellationToken)).IsOk)
            {
                await booked.ShowAsync(turn, context, pressed.Slot, pressed.ViewerZone, already, moved: true, cancellationToken);
                await booked.TellOtherAsync(context, pressed, already, moved: true, cancellationToken);
            }
            else
            {
                await turn.SayAsync(turn.Text["ScheduleCannotMove"], cancellationToken);
            }

            return;
        }

        if (Movable(context, data) is not { EventId: { } eventId } meeting)
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

        var target = meeting with { Start = pressed.Slot.Start, End = pressed.Slot.End, Sequence = pair.MeetingSequence + 1 };
        if (await booked.ReserveAsync(context, target, cancellationToken) is not { } reserved)
        {
            await turn.SayAsync(turn.Text["ScheduleChangedMeanwhile"], cancellationToken);
            return;
        }

        var result = await calendar.MoveAsync(new MeetingMove(pair.MentorTenantId, pair.MentorId, eventId, pressed.Slot), cancellationToken);
        if (result.Outcome == CalendarOutcome.Gone)
        {
            // Deleted from the calendar: the bot stops showing a meeting that no longer exists, and offers new times.
            var forgotten = await booked.SettleAsync(reserved, target.Sequence, null, cancellationToken);
            await booked.OfferAgainAsync(turn, forgotten, null, "ScheduleMoveGone", cancellationToken);
            return;
        }

        if (result.Value is not { } moved)
        {
            await booked.SettleAsync(reserved, target.Sequence, meeting, cancellationToken);
            await turn.SayAsync(turn.Text["ScheduleCannotMove"], cancellationToken);
            return;
        }

        var now = target with { JoinUrl = moved.JoinUrl ?? meeting.JoinUrl };
        await booked.SettleAsync(reserved, target.Sequence, now, cancellationToken);
        await booked.ShowAsync(turn, context, pressed.Slot, pressed.ViewerZone, now, moved: true, cancellationToken);
        await booked.TellOtherAsync(context, pressed, now, moved: true, cancellationToken);
    }

    // The pair's booked meeting the button was made for, if it is still that one and still ahead.
    private PairMeeting? Movable(PairContext context, JObject data)
    {
        var from = PressedSlots.Instant(data[FindTimeCard.FromField]);
        return context.Pair.NextMeeting is { IsBooked: true } meeting && meeting.Start == from && meeting.End > time.GetUtcNow() && !context.SpansTenants
            ? meeting
            : null;
    }
}
