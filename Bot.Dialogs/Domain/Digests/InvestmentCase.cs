using MentorBot.Dialogs.Domain.Exports;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// The programme so far as a lead forwards it to management (`report`): what was held (meetings, hours of mentoring),
/// what came of it (goals achieved, impact on the three axes, would-recommend), and who took part (participation and
/// retention). The answer-based figures are the digest's, suppressed below MinAnswers the same way; counts of records
/// are not.
/// <list type="bullet">
/// <item>Hours of mentoring: meetings held (as the digest counts them) × the programme's meeting length.</item>
/// <item>Participation: people who have been in a mentoring relationship that started, of everyone who joined.</item>
/// <item>Retention: people who have not left the programme, of everyone who joined.</item>
/// </list>
/// </summary>
public sealed record InvestmentCase(
    string ProgrammeName,
    DateOnly Since,
    DateTimeOffset At,
    int MeetingsHeld,
    double HoursOfMentoring,
    Figure GoalsAchieved,
    IReadOnlyList<AxisImpact> Impact,
    Figure WouldRecommend,
    int Joined,
    int InARelationship,
    int StillIn)
{
    public static InvestmentCase Of(ProgrammeRecords records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var programme = records.Programme;
        var digest = DigestFigures.Of(records, now);
        var pairs = PairExport.Of(programme, records.Pairs, records.Participants, records.CheckIns, now);

        var started = records.Pairs.Where(p => p.AcceptedAt is { } at && at <= now && p.Status is PairStatus.Active or PairStatus.Ended).ToList();
        var related = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in started)
        {
            related.Add($"{pair.MenteeTenantId}|{pair.MenteeId}");
            related.Add($"{pair.MentorTenantId}|{pair.MentorId}");
        }

        var joined = records.Participants.Where(p => p.JoinedAt <= now).ToList();
        return new InvestmentCase(
            programme.Name,
            programme.StartDate,
            now,
            digest.MeetingsHeld,
            digest.MeetingsHeld * programme.MeetingLength.Duration().TotalHours,
            ProgrammeExport.GoalsAchieved(digest, pairs, records.CheckIns, now),
            digest.Impact,
            digest.WouldRecommend,
            joined.Count,
            joined.Count(p => related.Contains($"{p.TenantId}|{p.UserObjectId}")),
            joined.Count(p => p.Status != ParticipantStatus.Left));
    }
}
