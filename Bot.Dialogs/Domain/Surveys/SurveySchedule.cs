using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// When one person of a followed pair gets each feedback survey and its one reminder. Dates are read at midnight on
/// the person's own clock.
/// <list type="bullet">
/// <item>Mid: half-way from the programme's start (or the pair's start, when it started later) to its end date; never
/// in the programme's last week (from EndDate − 7 days), which has only the end survey.</item>
/// <item>End: at the start of the last week. Once the programme is closed, straight away, and only inside the
/// <see cref="ClosingWindow"/>.</item>
/// <item>Reminder: <see cref="ReminderAfter"/> after a survey was sent, while it is unanswered; one per survey.</item>
/// </list>
/// Each moment is moved past both people's pauses (none while one is paused without an end date), to no earlier than
/// now, then into the person's working hours. One that lands after the end date (or, for a mid survey or its
/// reminder, in the last week; or after the closing window) is dropped. Nothing reaches a pair that is not followed
/// (ended, or continuing informally) or someone who left.
/// </summary>
public static class SurveySchedule
{
    /// <summary>
    /// Fixed rather than the programme's DaysWithoutAnswer: a survey's answer window is short (the last week, or the
    /// week after closing), and a reminder a lead's longer setting pushed past it would never arrive.
    /// </summary>
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(3);

    public const int LastWeekDays = 7;

    /// <param name="earlier">This person's surveys for this pair.</param>
    public static SurveyDue? Next(Programme programme, Pair pair, Participant person, Participant partner, IReadOnlyCollection<Survey> earlier, DateTimeOffset now)
    {
        if (NotBefore(pair, person, partner, now) is not { } notBefore || earlier.Any(s => s.Kind == SurveyKind.End))
            return null;

        var zone = WorkingMoments.ZoneOf(person.WorkingHours);
        if (programme.IsOpen)
        {
            var lastWeek = LastWeekStarts(programme, zone);
            if (earlier.All(s => s.Kind != SurveyKind.Mid))
            {
                var mid = WorkingMoments.AtOrAfter(Latest(MidPoint(programme, pair.AcceptedAt!.Value, zone), notBefore), person.WorkingHours);
                if (mid < lastWeek)
                    return new SurveyDue(SurveyKind.Mid, mid);
            }

            var end = WorkingMoments.AtOrAfter(Latest(lastWeek, notBefore), person.WorkingHours);
            return LocalClock.DateAt(end, zone) > programme.EndDate ? null : new SurveyDue(SurveyKind.End, end);
        }

        if (programme.ClosedAt is not { } closed)
            return null;
        var afterClosing = WorkingMoments.AtOrAfter(Latest(closed, notBefore), person.WorkingHours);
        return ClosingWindow.Includes(programme, afterClosing) ? new SurveyDue(SurveyKind.End, afterClosing) : null;
    }

    /// <summary>When <paramref name="survey"/>'s one reminder may be sent; null when none is owed (answered, reminded, dropped).</summary>
    public static DateTimeOffset? ReminderAt(Programme programme, Pair pair, Participant person, Participant partner, Survey survey, DateTimeOffset now)
    {
        if (survey.AwaitsSending || survey.IsAnswered || survey.RemindedAt is not null || NotBefore(pair, person, partner, now) is not { } notBefore)
            return null;

        var at = WorkingMoments.AtOrAfter(Latest(survey.SentAt + ReminderAfter, notBefore), person.WorkingHours);
        if (!programme.IsOpen)
            return programme.ClosedAt is not null && survey.Kind == SurveyKind.End && ClosingWindow.Includes(programme, at) ? at : null;
        var zone = WorkingMoments.ZoneOf(person.WorkingHours);
        if (LocalClock.DateAt(at, zone) > programme.EndDate || (survey.Kind == SurveyKind.Mid && at >= LastWeekStarts(programme, zone)))
            return null;
        return at;
    }

    /// <summary>Half-way from the later of the programme's start and the pair's, to the programme's end date.</summary>
    public static DateTimeOffset MidPoint(Programme programme, DateTimeOffset pairStarted, TimeZoneInfo zone)
    {
        var from = Latest(LocalClock.ToInstant(programme.StartDate, TimeOnly.MinValue, zone), pairStarted);
        var to = LocalClock.ToInstant(programme.EndDate, TimeOnly.MinValue, zone);
        return from + ((to - from) / 2);
    }

    public static DateTimeOffset LastWeekStarts(Programme programme, TimeZoneInfo zone) =>
        LocalClock.ToInstant(programme.EndDate.AddDays(-LastWeekDays), TimeOnly.MinValue, zone);

    // The earliest a survey may reach the pair: now, after both people's pauses; null when nothing may.
    private static DateTimeOffset? NotBefore(Pair pair, Participant person, Participant partner, DateTimeOffset now)
    {
        if (!pair.IsFollowed || pair.AcceptedAt is null || person.Status == ParticipantStatus.Left || partner.Status == ParticipantStatus.Left)
            return null;
        if (Pauses.EndsAt(person) is not { } personBack || Pauses.EndsAt(partner) is not { } partnerBack)
            return null;
        return Latest(now, personBack, partnerBack);
    }

    private static DateTimeOffset Latest(params DateTimeOffset[] instants) => instants.Max();
}
