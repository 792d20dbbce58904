using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Moving the pair's booked meeting: Move this meeting offers free times (its own time counts as free), Move here
/// re-checks both calendars and moves the event in the mentor's calendar, which updates the invitation and keeps the
/// Teams link. Buttons carry the start of the meeting they move: a press on a card from before the last move, or
/// after the meeting, changes nothing; an event deleted from the calendar is forgotten and new times are offered.
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

        // Pressed twice (or by both): the first press moved it here; show it again, move nothing.
        if (context.Pair.NextMeeting is { EventId: not null } already && already.Range == pressed.Slot)
        {
            await booked.ShowAsync(turn, context, pressed, already, moved: true, cancellationToken);
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

        var pair = context.Pair;
        var result = await calendar.MoveAsync(new MeetingMove(pair.MentorTenantId, pair.MentorId, eventId, pressed.Slot), cancellationToken);
        if (result.Outcome == CalendarOutcome.Gone)
        {
            // Deleted from the calendar: the bot stops showing a meeting that no longer exists, and offers new times.
            var forgotten = await booked.SaveNextMeetingAsync(context, null, cancellationToken);
            await booked.OfferAgainAsync(turn, forgotten, null, "ScheduleMoveGone", cancellationToken);
            return;
        }

        if (result.Value is not { } moved)
        {
            await turn.SayAsync(turn.Text["ScheduleCannotMove"], cancellationToken);
            return;
        }

        var now = new PairMeeting(pressed.Slot.Start, pressed.Slot.End, moved.EventId, moved.JoinUrl ?? meeting.JoinUrl);
        await booked.SaveNextMeetingAsync(context, now, cancellationToken);
        await booked.ShowAsync(turn, context, pressed, now, moved: true, cancellationToken);
        await booked.TellOtherAsync(context, pressed, now, moved: true, cancellationToken);
    }

    // The pair's booked meeting the button was made for, if it is still that one and still ahead.
    private PairMeeting? Movable(PairContext context, JObject data)
    {
        var from = PressedSlots.Instant(data[FindTimeCard.FromField]);
        return context.Pair.NextMeeting is { EventId: not null } meeting && meeting.Start == from && meeting.End > time.GetUtcNow() && !context.SpansTenants
            ? meeting
            : null;
    }
}
