using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Tests.Domain.Nudges;

namespace MentorBot.Tests.Domain.Surveys;

/// <summary>
/// What must hold for every programme length, pair start, working hours and pause, when the schedule runs every
/// 15 minutes from the pair's start to past the end date as the dispatcher runs it: each survey and reminder at most
/// once, in working hours, never while paused, the mid one never in the last week, nothing after the end date.
/// </summary>
public sealed class SurveyPropertyTests
{
    public static Arbitrary<int> Seeds { get; } = Arb.From(Gen.Choose(0, 1_000_000));

    [Property(MaxTest = 200)]
    public Property EverySurveyAndReminder_ComesOnce_InWorkingHours_NeverPaused_AndInItsWeek() => Prop.ForAll(Seeds, seed =>
    {
        var (programme, person, partner, started) = Scenario(seed);
        var sent = Run(programme, person, partner, started, out var reminders);
        var zone = WorkingMoments.ZoneOf(person.WorkingHours);
        var lastWeek = SurveySchedule.LastWeekStarts(programme, zone);
        return sent.GroupBy(s => s.Kind).All(g => g.Count() == 1) &&
               reminders.Count <= sent.Count &&
               sent.Concat(reminders).All(s => WorkingMoments.IsInside(s.SentAt, person.WorkingHours) && !Pauses.IsPausedAt(person, s.SentAt) && !Pauses.IsPausedAt(partner, s.SentAt)) &&
               sent.Concat(reminders).All(s => LocalClock.DateAt(s.SentAt, zone) <= programme.EndDate) &&
               sent.Where(s => s.Kind == SurveyKind.Mid).All(s => s.SentAt < lastWeek) &&
               reminders.All(r => r.SentAt >= sent.Single(s => s.Kind == r.Kind).SentAt + SurveySchedule.ReminderAfter);
    });

    // Late: starting less than about a month before the end date, when half the span ends within eight days of the last
    // week and working hours with a single weekday can push the mid survey into it.
    [Property(MaxTest = 200)]
    public Property APersonNeitherPausedNorLate_GetsBothSurveys_AndTheEndOneInTheLastWeek() => Prop.ForAll(Seeds, seed =>
    {
        var (programme, person, partner, started) = Scenario(seed);
        var zone = WorkingMoments.ZoneOf(person.WorkingHours);

        // Started before the last week, so that it holds a working day after the start.
        started = started < SurveySchedule.LastWeekStarts(programme, zone) ? started : SurveySchedule.LastWeekStarts(programme, zone).AddDays(-1);
        person = person with { Status = ParticipantStatus.Active, PausedUntil = null };
        partner = partner with { Status = ParticipantStatus.Active, PausedUntil = null };
        var sent = Run(programme, person, partner, started, out _);
        var end = sent.SingleOrDefault(s => s.Kind == SurveyKind.End);
        return end is not null && end.SentAt >= SurveySchedule.LastWeekStarts(programme, zone) && LocalClock.DateAt(end.SentAt, zone) <= programme.EndDate &&
               (started > SurveySchedule.LastWeekStarts(programme, zone).AddDays(-25) || sent.Any(s => s.Kind == SurveyKind.Mid));
    });

    private static (Programme Programme, Participant Person, Participant Partner, DateTimeOffset Started) Scenario(int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2027, 1, 4).AddDays(random.Next(0, 300));
        var programme = SurveySample.TheProgramme with { StartDate = start, EndDate = start.AddDays(random.Next(21, 120)) };
        var started = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(random.Next(-240, 24 * (programme.EndDate.DayNumber - start.DayNumber)));
        var person = SurveySample.Paris with { WorkingHours = RandomSituation.Hours(random) };
        var partner = SurveySample.NewYork with { WorkingHours = RandomSituation.Hours(random) };
        if (random.Next(3) == 0)
        {
            var until = start.AddDays(random.Next(0, programme.EndDate.DayNumber - start.DayNumber + 5));
            if (random.Next(2) == 0)
                person = person with { Status = ParticipantStatus.Paused, PausedUntil = until };
            else
                partner = partner with { Status = ParticipantStatus.Paused, PausedUntil = until };
        }

        return (programme, person, partner, started);
    }

    // The dispatcher's loop for one person: every 15 minutes, what is due is sent (and never answered).
    private static List<Survey> Run(Programme programme, Participant person, Participant partner, DateTimeOffset started, out List<Survey> reminders)
    {
        var pair = SurveySample.ThePair with { AcceptedAt = started };
        var sent = new List<Survey>();
        reminders = [];
        var until = new DateTimeOffset(programme.EndDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(3);
        for (var now = started; now < until; now += TimeSpan.FromMinutes(15))
        {
            for (var i = 0; i < sent.Count; i++)
            {
                if (SurveySchedule.ReminderAt(programme, pair, person, partner, sent[i], now) is { } at && at <= now)
                {
                    reminders.Add(sent[i] with { SentAt = now });
                    sent[i] = sent[i] with { RemindedAt = now };
                }
            }

            if (SurveySchedule.Next(programme, pair, person, partner, sent, now) is { } due && due.IsDue(now))
                sent.Add(SurveySample.Sent(person, due.Kind, now));
        }

        return sent;
    }
}
