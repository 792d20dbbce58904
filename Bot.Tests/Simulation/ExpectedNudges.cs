using System.Globalization;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// The nudges the rules promise, worked out here from the scenario and the expected check-ins alone (no call into the
/// domain's nudge, working-hours or pause code), for a programme with 21 days without a meeting, 5 days to answer and
/// 2 nudges before escalation. At each run of the job, while neither of the pair is paused and the pair is not
/// snoozed, each person inside their working hours gets:
/// <list type="bullet">
/// <item>a no-meeting nudge, once per quiet spell, 21 days into it (and 21 days after their previous one or their faded
/// question), unless a booked meeting is ahead;
/// a spell starts at the pair's start, an answered "we met" check-in, or a booked meeting's end;</item>
/// <item>the faded question ("keep going, pause or end?"), once per quiet spell, 42 days into it or after the pair's
/// last check-in answer, whichever is later, at a run after the spell's no-meeting nudge reached them;</item>
/// <item>a reminder of their latest check-in when it is 5 days old and unanswered;</item>
/// <item>the stay/pause/leave question once three check-ins in a row are unanswered (each 5 days old or replaced);</item>
/// </list>
/// and the lead (UTC business hours) gets one escalation when either person received two nudges or reminders since
/// their last sign of life (an answer, a snooze, a meeting) and five days passed since the second; once per such run;
/// and one faded card 7 days after both people were asked the faded question of the current spell, when nobody
/// answered a check-in since (nobody in the scenario answers the question itself).
/// </summary>
public sealed class ExpectedNudges(ExpectedCheckIns checkIns, string lead)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromDays(21);
    private static readonly TimeSpan Answer = TimeSpan.FromDays(5);
    private static readonly TimeSpan Faded = TimeSpan.FromDays(42);
    private static readonly TimeSpan FadedAnswer = TimeSpan.FromDays(7);
    private static readonly WorkingHours LeadHours = new(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Etc/UTC");

    public List<ExpectedNudge> All { get; } = [];

    /// <summary>Snoozes the scenario's people asked for: (pair, by, at); each holds the pair's nudges for a week.</summary>
    public List<(SimulatedPair Pair, Participant By, DateTimeOffset At)> Snoozes { get; } = [];

    public static bool LeadIsWorking(DateTimeOffset now) => ExpectedCheckIns.IsWorking(new Participant
    {
        TenantId = SimulatedPeople.Tenant,
        UserObjectId = "lead",
        ProgrammeId = "p",
        Role = Role.Mentor,
        WorkingHours = LeadHours,
    }, now);

    /// <summary>Applies one run of the job at <paramref name="now"/>, after the check-ins of that run.</summary>
    public void Run(IEnumerable<SimulatedPair> pairs, DateTimeOffset now)
    {
        foreach (var pair in pairs)
        {
            if (ExpectedCheckIns.IsPaused(pair, pair.Mentee, now) || ExpectedCheckIns.IsPaused(pair, pair.Mentor, now) ||
                Snoozes.Any(s => s.Pair == pair && s.At <= now && now < s.At.AddDays(7)))
                continue;
            foreach (var person in new[] { pair.Mentee, pair.Mentor }.Where(p => ExpectedCheckIns.IsWorking(p, now)))
            {
                NoMeeting(pair, person, now);
                FadedQuestion(pair, person, now);
                Reminder(pair, person, now);
                StayPauseLeave(pair, person, now);
            }

            if (LeadIsWorking(now))
            {
                Escalation(pair, now);
                FadedCard(pair, now);
            }
        }
    }

    private void NoMeeting(SimulatedPair pair, Participant person, DateTimeOffset now)
    {
        if (Spell(pair, now) is not { } spell)
            return;
        var earlier = All.Where(n => n.Pair == pair && n.Person == person && n.Kind is "nudge" or "faded").Select(n => n.At + Quiet);
        if (earlier.Append(spell + Quiet).Max() <= now)
            Add(pair, person, "nudge", Format(spell) + "q", now);
    }

    private void FadedQuestion(SimulatedPair pair, Participant person, DateTimeOffset now)
    {
        if (Spell(pair, now) is { } spell && FadedDue(pair, spell, now) <= now &&
            All.Any(n => n.Pair == pair && n.Person == person && n.Kind == "nudge" && n.Key.EndsWith(":" + Format(spell) + "q", StringComparison.Ordinal) && n.At < now))
            Add(pair, person, "faded", Format(spell) + "f", now);
    }

    private void FadedCard(SimulatedPair pair, DateTimeOffset now)
    {
        if (Spell(pair, now) is not { } spell)
            return;
        var asked = All.Where(n => n.Pair == pair && n.Kind == "faded" && n.Key.EndsWith(":" + Format(spell) + "f", StringComparison.Ordinal)).ToList();
        if (asked.Count < 2 || Answered(pair, now).Any(c => c.At + SimulatedPair.AnswerDelay >= asked.Min(n => n.At)))
            return;
        if (asked.Max(n => n.At) + FadedAnswer <= now)
            Add(pair, null, "fadedlead", Format(spell) + "f", now);
    }

    // The quiet spell's start (the pair's start, an answered "we met" check-in, a booked meeting's end); null while a meeting is booked ahead.
    private DateTimeOffset? Spell(SimulatedPair pair, DateTimeOffset now)
    {
        var meeting = pair.MeetingAt(now);
        if (meeting is not null && meeting.End > now)
            return null;
        return Answered(pair, now).Select(c => c.At).Append(pair.Started).Append(meeting?.End ?? DateTimeOffset.MinValue).Max();
    }

    private DateTimeOffset FadedDue(SimulatedPair pair, DateTimeOffset spell, DateTimeOffset now) =>
        Answered(pair, now).Select(c => c.At + SimulatedPair.AnswerDelay).Append(spell).Max() + Faded;

    private void Reminder(SimulatedPair pair, Participant person, DateTimeOffset now)
    {
        var latest = Theirs(pair, person, now).LastOrDefault();
        if (latest is not null && !IsAnswered(latest, now) && latest.At + Answer <= now)
            Add(pair, person, "reminder", latest.Period, now);
    }

    private void StayPauseLeave(SimulatedPair pair, Participant person, DateTimeOffset now)
    {
        var theirs = Theirs(pair, person, now);
        var run = theirs.AsEnumerable().Reverse().TakeWhile(c => !IsAnswered(c, now)).Reverse().ToList();
        if (run.Count < 3)
            return;
        var third = run[2].At + Answer;
        if (run.Count > 3 && run[3].At < third)
            third = run[3].At;
        if (third <= now)
            Add(pair, person, "staypauseleave", run[0].Period, now);
    }

    private void Escalation(SimulatedPair pair, DateTimeOffset now)
    {
        (DateTimeOffset Start, DateTimeOffset From)? first = null;
        foreach (var person in new[] { pair.Mentee, pair.Mentor })
        {
            var life = Answered(pair, now).Where(c => c.Person == person).Select(c => c.At + SimulatedPair.AnswerDelay)
                .Concat(Snoozes.Where(s => s.Pair == pair && s.By == person && s.At <= now).Select(s => s.At))
                .Append(pair.MeetingAt(now) is { } m && m.End <= now ? m.End : pair.Started)
                .Append(pair.Started).Max();
            var run = All.Where(n => n.Pair == pair && n.Person == person && n.Kind is "nudge" or "reminder" && n.At > life).OrderBy(n => n.At).ToList();
            if (run.Count >= 2 && (first is null || run[1].At + Answer < first.Value.From))
                first = (run[0].At, run[1].At + Answer);
        }

        if (first is not { } due || due.From > now || All.Any(n => n.Pair == pair && n.Kind == "escalation" && n.At >= due.Start))
            return;
        Add(pair, null, "escalation", Format(due.Start) + "s", now);
    }

    private List<ExpectedCheckIn> Theirs(SimulatedPair pair, Participant person, DateTimeOffset now) =>
        [.. checkIns.All.Where(c => c.Pair == pair && c.Person == person && c.At <= now).OrderBy(c => c.At)];

    private IEnumerable<ExpectedCheckIn> Answered(SimulatedPair pair, DateTimeOffset now) =>
        checkIns.All.Where(c => c.Pair == pair && IsAnswered(c, now));

    private static bool IsAnswered(ExpectedCheckIn checkIn, DateTimeOffset now) =>
        checkIn.Pair.Answers && checkIn.At + SimulatedPair.AnswerDelay <= now;

    private void Add(SimulatedPair pair, Participant? person, string kind, string period, DateTimeOffset now)
    {
        var recipient = person?.UserObjectId ?? lead;
        var key = $"{kind}:{pair.Id}|{SimulatedPeople.Tenant}|{recipient}:{period}";
        if (All.All(n => n.Key != key))
            All.Add(new ExpectedNudge(pair, person, kind, key, now));
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One nudge the rules promise: its kind ("nudge", "reminder", "staypauseleave", "escalation", "faded", "fadedlead"), to whom (null: the lead), its key, at which run.</summary>
public sealed record ExpectedNudge(SimulatedPair Pair, Participant? Person, string Kind, string Key, DateTimeOffset At);
