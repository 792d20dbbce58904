using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// The meetings pairs held, each dated (see <see cref="DigestFigures"/>): one per pair and check-in period answered
/// "met: yes", plus each booked meeting that has ended and was not already counted by a check-in of its own period.
/// </summary>
internal static class Meetings
{
    public static IReadOnlyList<DateTimeOffset> Of(IEnumerable<Pair> pairs, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        var met = checkIns
            .Where(c => c.SentAt <= now && c.AnsweredBy(now) && c.Answer!.Met == Met.Yes)
            .GroupBy(c => (c.PairId, c.Period))
            .ToDictionary(g => g.Key, g => g.Min(c => c.SentAt));
        var held = met.Values.ToList();
        foreach (var pair in pairs)
        {
            if (pair.NextMeeting is { IsBooked: true, IsPending: false } meeting && meeting.End <= now && !met.ContainsKey((pair.Id, CheckInPeriod.ForMeeting(meeting))))
                held.Add(meeting.End);
        }

        return held;
    }

    /// <summary>Meetings per seven days, <paramref name="weeks"/> of them, oldest first; the last ends at the end of today (UTC).</summary>
    public static IReadOnlyList<WeekCount> PerWeek(IReadOnlyList<DateTimeOffset> meetings, DateTimeOffset now, int weeks)
    {
        var end = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        var first = end.AddDays(-7 * weeks);
        var counts = new int[weeks];
        foreach (var at in meetings)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            if (day >= first && day < end)
                counts[(day.DayNumber - first.DayNumber) / 7]++;
        }

        return [.. counts.Select((count, i) => new WeekCount(first.AddDays(7 * i), count))];
    }
}
