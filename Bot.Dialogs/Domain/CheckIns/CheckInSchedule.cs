using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// When one person of a pair gets their next check-in.
/// <list type="bullet">
/// <item>After a meeting booked through "find a time" that has no check-in yet (and ended after their last one):
/// once its end has passed. While such a meeting is ahead, the interval waits for it.</item>
/// <item>Otherwise <see cref="Programme.CheckInEveryDays"/> after their last check-in was sent, or after the pair
/// started.</item>
/// <item>Never while the person or their partner is paused: a pause with an end date moves it to that end; one
/// without an end, a pair that is not active, someone who left, or a closed or finished programme means none.</item>
/// </list>
/// The moment is then moved to the first one inside the person's working hours, on their own clock.
/// </summary>
public static class CheckInSchedule
{
    /// <param name="earlier">This person's check-ins for this pair.</param>
    public static CheckInDue? Next(Programme programme, Pair pair, Participant person, Participant partner, IReadOnlyCollection<CheckIn> earlier, DateTimeOffset now)
    {
        if (!programme.IsOpen || !pair.IsFollowed || pair.AcceptedAt is not { } started ||
            person.Status == ParticipantStatus.Left || partner.Status == ParticipantStatus.Left)
            return null;
        if (Pauses.EndsAt(person) is not { } personBack || Pauses.EndsAt(partner) is not { } partnerBack)
            return null;

        var (period, trigger, from) = NextPeriod(programme, pair, started, earlier);
        var earliest = Latest(from, now, personBack, partnerBack);
        var at = WorkingMoments.AtOrAfter(earliest, person.WorkingHours);
        if (LocalClock.DateAt(at, WorkingMoments.ZoneOf(person.WorkingHours)) > programme.EndDate)
            return null;
        return new CheckInDue(period, trigger, at, FitQuestion.IsAsked(earlier));
    }

    /// <summary>The period after <paramref name="earlier"/>, why, and the instant it comes (before working hours and pauses).</summary>
    internal static (string Period, CheckInTrigger Trigger, DateTimeOffset From) NextPeriod(Programme programme, Pair pair, DateTimeOffset started, IReadOnlyCollection<CheckIn> earlier)
    {
        var last = earlier.Count == 0 ? null : earlier.MaxBy(c => c.SentAt);
        if (pair.NextMeeting is { IsBooked: true, IsPending: false } meeting && meeting.End > started)
        {
            var period = CheckInPeriod.ForMeeting(meeting);
            if (earlier.All(c => c.Period != period) && (last is null || meeting.End > last.SentAt))
                return (period, CheckInTrigger.AfterMeeting, meeting.End);
        }

        var nominal = (last?.SentAt ?? started).AddDays(programme.CheckInEveryDays);
        return (CheckInPeriod.Every(nominal), CheckInTrigger.Every, nominal);
    }

    private static DateTimeOffset Latest(params DateTimeOffset[] instants) => instants.Max();
}
