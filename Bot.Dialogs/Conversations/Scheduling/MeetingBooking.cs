using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// A Book press: the slot posted back is checked (shape, length, working hours of both), checked again against both
/// calendars, then booked in the mentor's calendar with the mentee invited. The pressed card becomes the booked
/// meeting; the other person is told, in their language and on their clock. A slot taken meanwhile gets fresh
/// suggestions instead, and a second press of the same slot books nothing more.
/// </summary>
public sealed class MeetingBooking(
    SlotPlanner planner, OfferCards cards, PairPeople people, PairStore pairs, ICalendar calendar, Notices notices, TimeProvider time)
{
    /// <summary>A slot further ahead than this cannot have come from our card.</summary>
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(90);

    private const int MaxFieldLength = 40;

    public async Task BookAsync(ChatTurn turn, PairContext context, JObject data, CancellationToken cancellationToken)
    {
        if (ReadSlot(data, context) is not { } slot)
        {
            await turn.SayAsync(turn.Text["ScheduleSlotInvalid"], cancellationToken);
            return;
        }

        var (mentorHours, menteeHours) = await planner.HoursAsync(context, cancellationToken);
        if (mentorHours is null || menteeHours is null)
        {
            await turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken);
            return;
        }

        var viewerZone = (context.ViewerIsMentor ? mentorHours : menteeHours).TimeZone;
        var otherZone = (context.ViewerIsMentor ? menteeHours : mentorHours).TimeZone;
        if (!SlotFinder.WithinWorkingHours(mentorHours, slot) || !SlotFinder.WithinWorkingHours(menteeHours, slot))
        {
            await turn.SayAsync(turn.Text["ScheduleSlotInvalid"], cancellationToken);
            return;
        }

        // Pressed twice (or pressed by both): the first press booked it; show it again, book nothing.
        if (context.Pair.NextMeeting is { EventId: not null } booked && booked.Start == slot.Start && booked.End == slot.End)
        {
            turn.ReplaceCard(BookedMeetingCard.Build(new BookedMeetingView(slot, viewerZone, await people.NameOfOtherAsync(context, turn.Text, cancellationToken), booked.JoinUrl, null), turn.Text));
            return;
        }

        var (free, mode) = await planner.StillFreeAsync(context, slot, cancellationToken);
        if (free != true)
        {
            await OfferAgainAsync(turn, context, free is null ? mode : null, free is null ? "ScheduleCannotBook" : "ScheduleSlotTaken", cancellationToken);
            return;
        }

        var pair = context.Pair;
        var subject = (await people.MentorLanguageAsync(context, turn.Text, cancellationToken)).Format("ScheduleSubject", context.Programme.Name);
        var request = new MeetingRequest(pair.MentorTenantId, pair.MentorId, pair.MenteeId, slot, subject, null, $"{pair.Id}@{slot.Start.UtcTicks}");
        var result = await calendar.BookAsync(request, cancellationToken);
        if (result.Value is not { } meeting)
        {
            await OfferAgainAsync(turn, context, SchedulingModes.From(result.Outcome), "ScheduleCannotBook", cancellationToken);
            return;
        }

        await SaveNextMeetingAsync(context, new PairMeeting(slot.Start, slot.End, meeting.EventId, meeting.JoinUrl), cancellationToken);
        var other = await people.NameOfOtherAsync(context, turn.Text, cancellationToken);
        turn.ReplaceCard(BookedMeetingCard.Build(new BookedMeetingView(slot, viewerZone, other, meeting.JoinUrl, null), turn.Text));
        await TellOtherAsync(context, slot, otherZone, meeting, cancellationToken);
    }

    // Fresh suggestions in place of the pressed card; forced to links when the calendar cannot be used right now.
    private async Task OfferAgainAsync(ChatTurn turn, PairContext context, SchedulingMode? fallback, string noticeKey, CancellationToken cancellationToken)
    {
        var offer = await planner.PlanAsync(context, cancellationToken);
        if (fallback is { } mode && mode != SchedulingMode.Calendars)
            offer = offer with { Mode = mode };
        var card = await cards.BuildAsync(offer, turn.Text, noticeKey, cancellationToken);
        if (card is null)
            await turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken);
        else
            turn.ReplaceCard(card);
    }

    private Task<SendResult> TellOtherAsync(PairContext context, TimeRange slot, string otherZone, BookedMeeting meeting, CancellationToken cancellationToken)
    {
        var swapped = context with { ViewerId = context.OtherId };
        return notices.SendAsync(context.OtherTenantId, context.OtherId, "meetingBooked", $"{context.Pair.Id}@{slot.Start.UtcTicks}", async text =>
        {
            var view = new BookedMeetingView(slot, otherZone, await people.NameOfOtherAsync(swapped, text, cancellationToken), meeting.JoinUrl, await people.NameOfViewerAsync(context, text, cancellationToken));
            return ((string?)null, (JsonObject?)BookedMeetingCard.Build(view, text));
        }, cancellationToken);
    }

    // Versioned: a concurrent change to the pair (the lead ending it, the other person booking) is re-read, not overwritten.
    private async Task SaveNextMeetingAsync(PairContext context, PairMeeting meeting, CancellationToken cancellationToken)
    {
        var (pair, version) = (context.Pair, context.Version);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await pairs.SaveAsync(pair with { NextMeeting = meeting }, version, cancellationToken);
                return;
            }
            catch (EntityConflictException) when (attempt < 2)
            {
                if (await pairs.GetVersionedAsync(pair.ProgrammeId, pair.Id, cancellationToken) is not { } fresh)
                    return;
                (pair, version) = fresh;
            }
        }
    }

    private TimeRange? ReadSlot(JObject data, PairContext context)
    {
        if (Instant(data[FindTimeCard.StartField]) is not { } start || Instant(data[FindTimeCard.EndField]) is not { } end)
            return null;
        var now = time.GetUtcNow();
        var onGrain = start.UtcTicks % SlotFinder.Grain.Ticks == 0;
        if (!onGrain || end - start != context.Programme.MeetingLength.Duration() || start < now || start > now + MaxLeadTime)
            return null;
        return new TimeRange(start, end);
    }

    // Newtonsoft turns an ISO 8601 string into a date token when it reads the activity; a typed string is read as ISO.
    private static DateTimeOffset? Instant(JToken? token)
    {
        switch (token)
        {
            case JValue { Type: JTokenType.Date, Value: DateTimeOffset instant }:
                return instant;
            case JValue { Type: JTokenType.Date, Value: DateTime dateTime }:
                return dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime);
            case JValue { Type: JTokenType.String, Value: string { Length: <= MaxFieldLength } text }
                when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed):
                return parsed;
            default:
                return null;
        }
    }
}
