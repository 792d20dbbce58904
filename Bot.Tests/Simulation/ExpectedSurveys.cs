using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// The surveys and reminders the rules promise, worked out here from the scenario alone (no call into the domain's
/// survey schedule, working-hours or pause code). At each run of the job, a person inside their working hours, with
/// neither of the pair paused and their local date not past the end date, gets: the mid survey once half-way (at
/// midnight on their clock) from the later of the programme's start and the pair's start to the end date has passed,
/// but not in the last week (from the end date − 7 days); the end survey once the last week has begun; and, when their
/// pair does not answer (the others answer within hours), one reminder three days after each survey, a mid one again
/// not in the last week.
/// </summary>
public sealed class ExpectedSurveys(DateOnly startDate, DateOnly endDate)
{
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(3);

    public List<ExpectedSurvey> All { get; } = [];

    /// <summary>Applies one run of the job at <paramref name="now"/>.</summary>
    public void Run(IEnumerable<SimulatedPair> pairs, DateTimeOffset now)
    {
        foreach (var pair in pairs)
        {
            if (ExpectedCheckIns.IsPaused(pair, pair.Mentee, now) || ExpectedCheckIns.IsPaused(pair, pair.Mentor, now))
                continue;
            Consider(pair, pair.Mentee, now);
            Consider(pair, pair.Mentor, now);
        }
    }

    public DateTimeOffset LastWeekStarts(Participant person) => Midnight(endDate.AddDays(-7), person);

    public static DateOnly LocalDate(Participant person, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(person.WorkingHours!.TimeZone)).DateTime);

    private void Consider(SimulatedPair pair, Participant person, DateTimeOffset now)
    {
        if (!ExpectedCheckIns.IsWorking(person, now) || LocalDate(person, now) > endDate)
            return;
        var lastWeek = LastWeekStarts(person);
        var theirs = All.Where(e => e.Pair == pair && e.Person == person).ToList();
        foreach (var survey in theirs.Where(e => !e.IsReminder))
        {
            if (!pair.Answers && !theirs.Any(e => e.IsReminder && e.Period == survey.Period) && now >= survey.At + ReminderAfter && (survey.Period == "end" || now < lastWeek))
                All.Add(survey with { IsReminder = true, At = now });
        }

        if (theirs.Any(e => e.Period == "end"))
            return;
        var from = Midnight(startDate, person) > pair.Started ? Midnight(startDate, person) : pair.Started;
        var midWay = from + ((Midnight(endDate, person) - from) / 2);
        if (theirs.All(e => e.Period != "mid") && now >= midWay && now < lastWeek)
            All.Add(new ExpectedSurvey(pair, person, "mid", now));
        else if (now >= lastWeek)
            All.Add(new ExpectedSurvey(pair, person, "end", now));
    }

    private static DateTimeOffset Midnight(DateOnly date, Participant person) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById(person.WorkingHours!.TimeZone));
}

/// <summary>One survey (or its reminder) the rules promise: to whom, which ("mid", "end"), at which run.</summary>
public sealed record ExpectedSurvey(SimulatedPair Pair, Participant Person, string Period, DateTimeOffset At)
{
    public bool IsReminder { get; init; }

    /// <summary>The idempotency key it must be sent under: ("survey" or "surveyreminder", pair | tenant | person, period).</summary>
    public string Key => $"{(IsReminder ? "surveyreminder" : "survey")}:{Pair.Id}|{Person.TenantId}|{Person.UserObjectId}:{Period}";
}
