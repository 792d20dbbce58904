using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// `find a time`: slots for the user's pair (a pick card first when they are in several); the find-a-time button of
/// other cards comes through <see cref="FindTimeAction"/>. Someone in a circle and no pair gets
/// <see cref="CircleMeetings"/>' answer instead.
/// </summary>
public sealed class FindATime(PairAccess access, SlotPlanner planner, OfferCards cards, PairPeople people, BookedMeetings booked, CircleMeetings circles, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.FindATime;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var pairs = await access.ActiveForAsync(turn, cancellationToken);
        if (pairs.Count == 0)
        {
            if (!await circles.TryAnswerAsync(turn, cancellationToken))
                await turn.SayAsync(turn.Text["ScheduleNoActivePair"], cancellationToken);
            return;
        }

        if (pairs.Count == 1)
        {
            await OfferAsync(turn, pairs[0], cancellationToken);
            return;
        }

        var choices = new List<(string, string, string)>();
        foreach (var pair in pairs)
            choices.Add((pair.Programme.Id, pair.Pair.Id, turn.Text.Format("SchedulePickOne", await people.NameOfOtherAsync(pair, turn.Text, cancellationToken), pair.Programme.Name)));
        await turn.SayAsync(PairPickCard.Build(choices, turn.Text), cancellationToken);
    }

    // A new message rather than a replacement: the card pressed (an introduction, a nudge) keeps its own content.
    // One upcoming meeting at a time: while it is ahead, asking again shows it (Join, Move) instead of more slots.
    public async Task OfferAsync(ChatTurn turn, PairContext pair, CancellationToken cancellationToken)
    {
        if (pair.Pair.NextMeeting is { } next && next.IsUpcoming(time.GetUtcNow()))
        {
            await ShowUpcomingAsync(turn, pair, next, cancellationToken);
            return;
        }

        var offer = await planner.PlanAsync(pair, cancellationToken);
        var card = await cards.BuildAsync(offer, turn.Text, null, cancellationToken);
        await (card is null ? turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken) : turn.SayAsync(card, cancellationToken));
    }

    // Booked: the meeting, with Join and Move. Not confirmed by the calendar yet (interrupted, unanswered): its one
    // time, whose button finishes the booking or the move with the same key.
    private async Task ShowUpcomingAsync(ChatTurn turn, PairContext pair, PairMeeting next, CancellationToken cancellationToken)
    {
        var (mentorHours, menteeHours) = await planner.HoursAsync(pair, cancellationToken);
        if (next.IsPending)
        {
            var offer = new SlotOffer(pair, SchedulingMode.Calendars, mentorHours, menteeHours, [next.Range]) { Moving = next.IsBooked ? next : null };
            var card = await cards.BuildAsync(offer, turn.Text, next.IsBooked ? "ScheduleMovePendingNotice" : "ScheduleBookingPendingNotice", cancellationToken);
            await (card is null ? turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken) : turn.SayAsync(card, cancellationToken));
            return;
        }

        var zone = (pair.ViewerIsMentor ? mentorHours : menteeHours)?.TimeZone ?? "UTC";
        var view = await booked.ViewAsync(pair, next.Range, zone, next, turn, cancellationToken);
        await turn.SayAsync(BookedMeetingCard.Build(view with { Upcoming = true }, turn.Text), cancellationToken);
    }
}
