using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// What booking and moving share. The change is reserved on the pair (a versioned save) before the calendar is
/// touched, so of two people pressing at once only one changes the calendar; once the calendar answered it is
/// settled (or released), the pressed card becomes the meeting, and the other person is told once on their clock.
/// </summary>
public sealed class BookedMeetings(SlotPlanner planner, OfferCards cards, PairPeople people, PairStore pairs, Notices notices)
{
    /// <summary>
    /// Saves <paramref name="meeting"/>, pending and numbered after the pair's last change, as the pair's next meeting
    /// if the pair still has the next meeting the decision was made on. Returns the pair as saved and the reservation;
    /// null when someone changed the meeting meanwhile (nothing is saved then).
    /// </summary>
    public async Task<(PairContext Reserved, PairMeeting Reservation)?> ReserveAsync(PairContext context, PairMeeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var saved = await SaveIfAsync(
            context,
            fresh => fresh.IsActive && Equals(fresh.NextMeeting, context.Pair.NextMeeting),
            pair => pair with
            {
                // Numbered on the pair as saved: a re-read after a conflict gets a number nobody has used.
                NextMeeting = meeting with { Sequence = pair.MeetingSequence + 1, PendingSince = now, ChangedBy = context.ViewerId, Before = pair.NextMeeting is { } old ? old with { Before = null } : null },
                MeetingSequence = pair.MeetingSequence + 1,
            },
            cancellationToken);
        return saved is null ? null : (saved, saved.Pair.NextMeeting!);
    }

    /// <summary>
    /// The calendar did it: the reservation (or whatever the same change left, a second press of it) becomes
    /// <paramref name="meeting"/>, or none when the event was deleted. Null when the pair has moved on to another
    /// change meanwhile (nothing is saved then).
    /// </summary>
    public Task<PairContext?> ConfirmAsync(PairContext reserved, PairMeeting reservation, PairMeeting? meeting, CancellationToken cancellationToken) =>
        SaveIfAsync(reserved, fresh => fresh.NextMeeting?.Sequence == reservation.Sequence, pair => pair with { NextMeeting = meeting }, cancellationToken);

    /// <summary>
    /// The calendar refused: the meeting as it was before this change comes back, only if the reservation is still
    /// there untouched (a second press that finished the same change wins over this refusal).
    /// </summary>
    public async Task<PairContext> ReleaseAsync(PairContext reserved, PairMeeting reservation, CancellationToken cancellationToken) =>
        await SaveIfAsync(reserved, fresh => Equals(fresh.NextMeeting, reservation), pair => pair with { NextMeeting = reservation.Before }, cancellationToken) ?? reserved;

    /// <summary>The pressed card becomes the meeting as the presser sees it, with Join and Move.</summary>
    public async Task ShowAsync(ChatTurn turn, PairContext context, TimeRange slot, string viewerZone, PairMeeting meeting, CancellationToken cancellationToken) =>
        turn.ReplaceCard(BookedMeetingCard.Build(await ViewAsync(context, slot, viewerZone, meeting, turn, cancellationToken), turn.Text));

    /// <summary>The meeting as the viewer sees it: on their clock, with Join and (when the bot can) Move.</summary>
    public async Task<BookedMeetingView> ViewAsync(PairContext context, TimeRange slot, string viewerZone, PairMeeting meeting, ChatTurn turn, CancellationToken cancellationToken) =>
        new(slot, viewerZone, await people.NameOfOtherAsync(context, turn.Text, cancellationToken), meeting.JoinUrl, null)
        {
            Moved = meeting.Moved,
            Movable = Movable(context),
        };

    /// <summary>Tells the other person, in their language and on their clock, once per booking or move.</summary>
    public Task<SendResult> TellOtherAsync(PairContext context, PressedSlot pressed, PairMeeting meeting, CancellationToken cancellationToken)
    {
        // Told to whoever did not make the change, naming the one who did, whoever pressed this time.
        if (meeting.ChangedBy is { } actor && !string.Equals(actor, context.ViewerId, StringComparison.OrdinalIgnoreCase))
        {
            context = context with { ViewerId = actor };
            pressed = pressed with { ViewerZone = pressed.OtherZone, OtherZone = pressed.ViewerZone };
        }

        var swapped = context with { ViewerId = context.OtherId };
        return notices.SendAsync(context.OtherTenantId, context.OtherId, meeting.Moved ? "meetingMoved" : "meetingBooked", $"{context.Pair.Id}@{meeting.Sequence}", async text =>
        {
            var view = new BookedMeetingView(pressed.Slot, pressed.OtherZone, await people.NameOfOtherAsync(swapped, text, cancellationToken), meeting.JoinUrl, await people.NameOfViewerAsync(context, text, cancellationToken))
            {
                Moved = meeting.Moved,
                Movable = Movable(context),
            };
            return ((string?)null, (JsonObject?)BookedMeetingCard.Build(view, text));
        }, cancellationToken);
    }

    /// <summary>Fresh suggestions in place of the pressed card; forced to links when the calendar cannot be used right now.</summary>
    public async Task OfferAgainAsync(ChatTurn turn, PairContext context, SchedulingMode? fallback, string noticeKey, CancellationToken cancellationToken, PairMeeting? moving = null)
    {
        var offer = await planner.PlanAsync(context, cancellationToken, moving);
        if (fallback is { } mode && mode != SchedulingMode.Calendars)
            offer = offer with { Mode = mode };
        var card = await cards.BuildAsync(offer, turn.Text, noticeKey, cancellationToken);
        if (card is null)
            await turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken);
        else
            turn.ReplaceCard(card);
    }

    // A conflict re-reads the pair: an unrelated change is saved over; a change that makes this one wrong wins.
    private async Task<PairContext?> SaveIfAsync(PairContext context, Func<Pair, bool> stillApplies, Func<Pair, Pair> change, CancellationToken cancellationToken)
    {
        var saved = await pairs.ChangeAsync(context.Pair, context.Version, pair => Transitions.If(stillApplies(pair), () => change(pair)), cancellationToken);
        return saved.IsSaved ? context with { Pair = saved.Record!, Version = saved.Version! } : null;
    }

    // Only meetings booked in both calendars of one organisation can be moved by the bot.
    private static (string, string)? Movable(PairContext context) => context.SpansTenants ? null : (context.Programme.Id, context.Pair.Id);
}
