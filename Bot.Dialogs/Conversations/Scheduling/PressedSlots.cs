using System.Globalization;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Reads the slot a button posted back. Card data is untrusted: the slot must be on the finder's grain, of the
/// programme's meeting length, ahead and not too far ahead, and inside both people's working hours; otherwise the
/// user is told and nothing happens.
/// </summary>
public sealed class PressedSlots(SlotPlanner planner, TimeProvider time)
{
    /// <summary>A slot further ahead than this cannot have come from our card.</summary>
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(90);

    private const int MaxFieldLength = 40;

    /// <summary>The slot, or null once the user has been told why it cannot be used.</summary>
    public async Task<PressedSlot?> ReadAsync(ChatTurn turn, PairContext context, SlotPress data, CancellationToken cancellationToken)
    {
        // Finishing a change the calendar has not confirmed: its time was checked when it was reserved, and working
        // hours or the meeting length changed since must not leave it stuck.
        if (context.Pair.NextMeeting is { IsPending: true } pending && pending.IsUpcoming(time.GetUtcNow())
            && Instant(data.Start) == pending.Start && Instant(data.End) == pending.End)
        {
            var (mentor, mentee) = await planner.HoursAsync(context, cancellationToken);
            var (viewer, other) = context.ViewerIsMentor ? (mentor, mentee) : (mentee, mentor);
            return new PressedSlot(pending.Range, viewer?.TimeZone ?? "UTC", other?.TimeZone ?? "UTC");
        }

        if (Read(data, context) is not { } slot)
        {
            await turn.SayAsync(turn.Text["ScheduleSlotInvalid"], cancellationToken);
            return null;
        }

        var (mentorHours, menteeHours) = await planner.HoursAsync(context, cancellationToken);
        if (mentorHours is null || menteeHours is null)
        {
            await turn.SayAsync(turn.Text["ScheduleNoWorkingHours"], cancellationToken);
            return null;
        }

        if (!SlotFinder.WithinWorkingHours(mentorHours, slot) || !SlotFinder.WithinWorkingHours(menteeHours, slot))
        {
            await turn.SayAsync(turn.Text["ScheduleSlotInvalid"], cancellationToken);
            return null;
        }

        return context.ViewerIsMentor
            ? new PressedSlot(slot, mentorHours.TimeZone, menteeHours.TimeZone)
            : new PressedSlot(slot, menteeHours.TimeZone, mentorHours.TimeZone);
    }

    /// <summary>An instant as our cards write it (ISO 8601); a time without an offset is read as UTC.</summary>
    public static DateTimeOffset? Instant(string? text) =>
        text is { Length: <= MaxFieldLength } && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    private TimeRange? Read(SlotPress data, PairContext context)
    {
        if (Instant(data.Start) is not { } start || Instant(data.End) is not { } end)
            return null;
        var now = time.GetUtcNow();
        var onGrain = start.UtcTicks % SlotFinder.Grain.Ticks == 0;
        if (!onGrain || end - start != context.Programme.MeetingLength.Duration() || start < now || start > now + MaxLeadTime)
            return null;
        return new TimeRange(start, end);
    }
}
