using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// What a digest needs of one pair, small enough to keep in one row: the pair, the few check-ins any digest taken from
/// <see cref="At"/> on can read (<see cref="Retain"/>), the number of meetings held before them, each person's latest
/// answered survey, and what was tried. Without a word anyone wrote: no goal texts, blockers, survey comments or decline reasons.
/// A programme's digest then reads one row per pair instead of every check-in of the year (issue 14's budget).
/// </summary>
public sealed record PairFacts
{
    /// <summary>How far back the kept check-ins reach: the digest's window (<see cref="DigestFigures.Weeks"/>).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7 * DigestFigures.Weeks);

    public required Pair Pair { get; init; }

    /// <summary>When they were computed: they stand for any digest taken at or after it, until the pair's records change.</summary>
    public required DateTimeOffset At { get; init; }

    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

    /// <summary>Meetings held in the check-in periods not kept (see <see cref="Meetings"/>): counted, no longer dated.</summary>
    public int EarlierMeetings { get; init; }

    public IReadOnlyList<Survey> Surveys { get; init; } = [];

    public IReadOnlyList<Nudge> Nudges { get; init; } = [];

    public IReadOnlyList<Snooze> Snoozes { get; init; } = [];

    /// <summary>The facts of <paramref name="pair"/> from all its records, as of <paramref name="at"/>.</summary>
    public static PairFacts Of(Pair pair, IEnumerable<CheckIn> checkIns, IEnumerable<Survey> surveys, IEnumerable<Nudge> nudges, IEnumerable<Snooze> snoozes, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var all = checkIns.Where(c => string.Equals(c.PairId, pair.Id, StringComparison.Ordinal)).ToList();
        var kept = Retain(pair, all, at);
        var keptPeriods = kept.Select(c => c.Period).ToHashSet(StringComparer.Ordinal);
        var earlier = all
            .Where(c => !keptPeriods.Contains(c.Period) && c.AnsweredBy(at) && c.Answer!.Met == Met.Yes)
            .Select(c => c.Period)
            .Distinct(StringComparer.Ordinal)
            .Count();
        return new PairFacts
        {
            Pair = pair with { Reasons = [], DeclineReason = null },
            At = at,
            CheckIns = [.. kept.Select(WithoutWords)],
            EarlierMeetings = earlier,
            Surveys = [.. Answers.Latest(surveys.Where(s => string.Equals(s.PairId, pair.Id, StringComparison.Ordinal)), at)
                .Select(s => s with { Answer = s.Answer! with { HelpedMost = null, WouldChange = null } })],
            Nudges = [.. nudges.Where(n => string.Equals(n.PairId, pair.Id, StringComparison.Ordinal))],
            Snoozes = [.. snoozes.Where(s => string.Equals(s.PairId, pair.Id, StringComparison.Ordinal))],
        };
    }

    /// <summary>
    /// The check-ins that decide every figure and every health rule for a digest taken at or after <paramref name="at"/>,
    /// as long as no record of the pair changes (each change computes the facts again). Each rule reads either a window
    /// that only moves forward, or the end of a sequence that only grows at its end, so it is enough to keep:
    /// <list type="bullet">
    /// <item>those sent within <see cref="Window"/> before <paramref name="at"/>, and any sent later (response rate, usefulness, meetings per week);</item>
    /// <item>each person's from their latest answered one on (the unanswered streak);</item>
    /// <item>the latest answered "met: yes" (days since the last meeting, quiet days);</item>
    /// <item>the pair's last three usefulness ratings, each person's last three goal answers, and each person's fit answers
    /// back to the last that was not "still deciding" (HealthRules' windows);</item>
    /// <item>and, for each of those, the whole check-in period it belongs to, with the booked meeting's, so a meeting is
    /// either dated from its whole period or counted in <see cref="EarlierMeetings"/>, never both.</item>
    /// </list>
    /// The property tests hold the full records against the kept ones for any later instant.
    /// </summary>
    public static IReadOnlyList<CheckIn> Retain(Pair pair, IReadOnlyList<CheckIn> checkIns, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(checkIns);
        var keep = new HashSet<CheckIn>(ReferenceEqualityComparer.Instance);
        keep.UnionWith(checkIns.Where(c => c.SentAt >= at - Window));

        var answered = checkIns.Where(c => c.AnsweredBy(at)).OrderBy(c => c.AnsweredAt).ThenBy(c => c.SentAt).ToList();
        keep.UnionWith(answered.Where(c => c.Answer!.Usefulness is not null).TakeLast(Health.HealthRules.UsefulnessWindow));
        if (answered.Where(c => c.Answer!.Met == Met.Yes).MaxBy(c => c.SentAt) is { } lastMet)
            keep.Add(lastMet);

        foreach (var person in checkIns.GroupBy(c => (c.TenantId.ToUpperInvariant(), c.UserObjectId.ToUpperInvariant())))
        {
            var bySent = person.OrderBy(c => c.SentAt).ToList();
            var lastAnswered = bySent.FindLastIndex(c => c.AnsweredBy(at));
            keep.UnionWith(bySent.Skip(Math.Max(0, lastAnswered)));

            var theirs = answered.Where(c => person.Contains(c)).ToList();
            keep.UnionWith(theirs.Where(c => c.Goals.Count > 0).TakeLast(Health.HealthRules.GoalWindow));
            var fits = theirs.Where(c => c.Answer!.Fit is not null).ToList();
            var decided = fits.FindLastIndex(c => c.Answer!.Fit != Fit.StillDeciding);
            keep.UnionWith(fits.Skip(Math.Max(0, decided)));
        }

        // Whole periods: a meeting is dated by its period's earliest check-in.
        var periods = keep.Select(c => c.Period).ToHashSet(StringComparer.Ordinal);
        if (pair.NextMeeting is { } meeting)
            periods.Add(CheckInPeriod.ForMeeting(meeting));
        return [.. checkIns.Where(c => periods.Contains(c.Period))];
    }

    // Goal ids stay (the goal rules read that goals were asked and how they moved), their words do not; nor blockers.
    private static CheckIn WithoutWords(CheckIn checkIn) => checkIn with
    {
        Goals = [.. checkIn.Goals.Select(g => g with { Text = string.Empty })],
        Answer = checkIn.Answer is { } answer ? answer with { Blocker = null, ShareBlockerWithLead = false } : null,
    };
}
