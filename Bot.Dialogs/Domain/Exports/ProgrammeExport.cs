using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Exports;

/// <summary>
/// The programme export's figures: participants by role and status, pairs by state (health for pairs that started,
/// else their status), and the figures people's answers make: check-in response rate, meetings held, hours of
/// mentoring (meetings × the programme's meeting length) and goals achieved. Those last read as "not enough answers
/// yet" while fewer than <see cref="Programme.MinAnswers"/> people answered (or, for the response rate, were asked),
/// so that no one's answers can be worked out from them. Meetings and goals are the sums of the pairs' rows
/// (<see cref="PairExport"/>), so the two files always agree.
/// </summary>
public static class ProgrammeExport
{
    public static IReadOnlyList<ExportedFigure> Of(Programme programme, IReadOnlyCollection<Participant> participants, IReadOnlyCollection<ExportedPair> pairs, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(pairs);
        var figures = new List<ExportedFigure>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var status in Enum.GetValues<ParticipantStatus>())
                figures.Add(new("participants", $"{role} {status}".ToLowerInvariant(), participants.Count(p => p.Role == role && p.Status == status)));
        }

        foreach (var state in Enum.GetValues<HealthState>())
            figures.Add(new("pairs", state.ToString(), pairs.Count(p => p.Health == state)));
        foreach (var status in new[] { PairStatus.Proposed, PairStatus.Offered })
            figures.Add(new("pairs", status.ToString(), pairs.Count(p => p.Health is null && p.Status == status)));

        var sent = checkIns.Where(c => c.SentAt <= now && !c.AwaitsSending).ToList();
        var asked = People(sent);
        var answering = People(sent.Where(c => c.AnsweredBy(now)));
        var answered = sent.Count(c => c.AnsweredBy(now));
        figures.Add(Guarded("check-ins", "sent", sent.Count, asked, programme));
        figures.Add(Guarded("check-ins", "answered", answered, asked, programme));
        figures.Add(Guarded("check-ins", "response rate (%)", sent.Count == 0 ? null : Math.Round(100.0 * answered / sent.Count, 1), asked, programme));

        var meetings = pairs.Sum(p => p.MeetingsHeld);
        figures.Add(Guarded("meetings", "held", meetings, answering, programme));
        figures.Add(Guarded("meetings", "hours of mentoring", meetings * programme.MeetingLength.Duration().TotalHours, answering, programme));
        figures.Add(Guarded("goals", "achieved", pairs.Sum(p => p.GoalsAchieved), answering, programme));
        return figures;
    }

    private static int People(IEnumerable<CheckIn> checkIns) =>
        checkIns.Select(c => $"{c.TenantId}|{c.UserObjectId}".ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();

    private static ExportedFigure Guarded(string section, string item, double? value, int people, Programme programme) =>
        people < programme.MinAnswers ? new(section, item, null, NotEnoughAnswers: true) : new(section, item, value);
}
