using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
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
    /// Saves <paramref name="meeting"/> as the pair's next meeting if the pair still has the next meeting the
    /// decision was made on; null when someone changed it meanwhile (nothing is saved then).
    /// </summary>
    public Task<PairContext?> ReserveAsync(PairContext context, PairMeeting meeting, CancellationToken cancellationToken) =>
        SaveIfAsync(
            context,
            fresh => fresh.IsActive && Equals(fresh.NextMeeting, context.Pair.NextMeeting),
            pair => pair with { NextMeeting = meeting, MeetingSequence = Math.Max(pair.MeetingSequence, meeting.Sequence) },
            cancellationToken);

    /// <summary>
    /// Replaces the reserved meeting (numbered <paramref name="sequence"/>) with what the calendar did: the booked or
    /// moved meeting, the meeting as it was (the calendar refused), or none (the event was deleted). A later change
    /// by someone else is left alone.
    /// </summary>
    public async Task<PairContext> SettleAsync(PairContext reserved, int sequence, PairMeeting? meeting, CancellationToken cancellationToken) =>
        await SaveIfAsync(reserved, fresh => fresh.NextMeeting?.Sequence == sequence, pair => pair with { NextMeeting = meeting }, cancellationToken) ?? reserved;

    /// <summary>The pressed card becomes the meeting as the presser sees it, with Join and Move.</summary>
    public async Task ShowAsync(ChatTurn turn, PairContext context, TimeRange slot, string viewerZone, PairMeeting meeting, bool moved, CancellationToken cancellationToken) =>
        turn.ReplaceCard(BookedMeetingCard.Build(await ViewAsync(context, slot, viewerZone, meeting, moved, turn, cancellationToken), turn.Text));

    /// <summary>The meeting as the viewer sees it: on their clock, with Join and (when the bot can) Move.</summary>
    public async Task<BookedMeetingView> ViewAsync(PairContext context, TimeRange slot, string viewerZone, PairMeeting meeting, bool moved, ChatTurn turn, CancellationToken cancellationToken) =>
        new(slot, viewerZone, await people.NameOfOtherAsync(context, turn.Text, cancellationToken), meeting.JoinUrl, null)
        {
            Moved = moved,
            Movable = Movable(context),
        };

    /// <summary>Tells the other person, in their language and on their clock, once per booking or move.</summary>
    public Task<SendResult> TellOtherAsync(PairContext context, PressedSlot pressed, PairMeeting meeting, bool moved, CancellationToken cancellationToken)
    {
        var swapped = context with { ViewerId = context.OtherId };
        return notices.SendAsync(context.OtherTenantId, context.OtherId, moved ? "meetingMoved" : "meetingBooked", $"{context.Pair.Id}@{meeting.Sequence}", async text =>
        {
            var view = new BookedMeetingView(pressed.Slot, pressed.OtherZone, await people.NameOfOtherAsync(swapped, text, cancellationToken), meeting.JoinUrl, await people.NameOfViewerAsync(context, text, cancellationToken))
            {
                Moved = moved,
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
        var (pair, version) = (context.Pair, context.Version);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!stillApplies(pair))
                return null;
            try
            {
                var saved = change(pair);
                return context with { Pair = saved, Version = await pairs.SaveAsync(saved, version, cancellationToken) };
            }
            catch (EntityConflictException)
            {
                if (await pairs.GetVersionedAsync(pair.ProgrammeId, pair.Id, cancellationToken) is not { } fresh)
                    return null;
                (pair, version) = fresh;
            }
        }

        return null;
    }

    // Only meetings booked in both calendars of one organisation can be moved by the bot.
    private static (string, string)? Movable(PairContext context) => context.SpansTenants ? null : (context.Programme.Id, context.Pair.Id);
}
