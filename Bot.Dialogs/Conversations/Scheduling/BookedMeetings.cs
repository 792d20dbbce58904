using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// What booking and moving share once the calendar answered: the pair's next meeting saved, the pressed card turned
/// into the meeting, the other person told once on their own clock, or fresh suggestions when the calendar said no.
/// </summary>
public sealed class BookedMeetings(SlotPlanner planner, OfferCards cards, PairPeople people, PairStore pairs, Notices notices)
{
    /// <summary>The pressed card becomes the meeting as the presser sees it, with Join and Move.</summary>
    public async Task ShowAsync(ChatTurn turn, PairContext context, PressedSlot pressed, PairMeeting meeting, bool moved, CancellationToken cancellationToken)
    {
        var view = new BookedMeetingView(pressed.Slot, pressed.ViewerZone, await people.NameOfOtherAsync(context, turn.Text, cancellationToken), meeting.JoinUrl, null)
        {
            Moved = moved,
            Movable = Movable(context),
        };
        turn.ReplaceCard(BookedMeetingCard.Build(view, turn.Text));
    }

    /// <summary>Tells the other person, in their language and on their clock, once per meeting and time.</summary>
    public Task<SendResult> TellOtherAsync(PairContext context, PressedSlot pressed, PairMeeting meeting, bool moved, CancellationToken cancellationToken)
    {
        var swapped = context with { ViewerId = context.OtherId };
        // A booking is one per slot; a move is one per state of the pair it moved from, so moving back and forth
        // tells the other person each time, while a repeated press of the same button tells them once.
        var (what, about) = moved
            ? ("meetingMoved", $"{context.Pair.Id}@{pressed.Slot.Start.UtcTicks}@{VersionTag(context.Version)}")
            : ("meetingBooked", $"{context.Pair.Id}@{pressed.Slot.Start.UtcTicks}");
        return notices.SendAsync(context.OtherTenantId, context.OtherId, what, about, async text =>
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

    /// <summary>
    /// Versioned: a concurrent change to the pair (the lead ending it, the other person booking) is re-read, not
    /// overwritten. Null clears the next meeting (it was deleted from the calendar). Returns the pair as saved.
    /// </summary>
    public async Task<PairContext> SaveNextMeetingAsync(PairContext context, PairMeeting? meeting, CancellationToken cancellationToken)
    {
        var (pair, version) = (context.Pair, context.Version);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var saved = pair with { NextMeeting = meeting };
                var newVersion = await pairs.SaveAsync(saved, version, cancellationToken);
                return context with { Pair = saved, Version = newVersion };
            }
            catch (EntityConflictException) when (attempt < 2)
            {
                if (await pairs.GetVersionedAsync(pair.ProgrammeId, pair.Id, cancellationToken) is not { } fresh)
                    return context;
                (pair, version) = fresh;
            }
        }
    }

    private static string VersionTag(string version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)), 0, 6);

    // Only meetings booked in both calendars of one organisation can be moved by the bot.
    private static (string, string)? Movable(PairContext context) => context.SpansTenants ? null : (context.Programme.Id, context.Pair.Id);
}
