using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Domain.Exports;

/// <summary>
/// The rows of the pairs export, from one programme's partitions read whole (pairs, participants, check-ins): every
/// pair record, its health by <see cref="HealthRules"/>, its meetings as the digest counts them (so the rows add up to
/// the programme's figure) and its goals achieved as <see cref="RelationshipSummary"/> tells the pair at its end.
/// Check-ins count once sent (not while still waiting to go out), answers once given by <c>now</c>.
/// </summary>
public static class PairExport
{
    public static IReadOnlyList<ExportedPair> Of(Programme programme, IEnumerable<Pair> pairs, IEnumerable<Participant> participants, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(pairs);
        var people = participants.ToDictionary(p => Key(p.TenantId, p.UserObjectId), StringComparer.OrdinalIgnoreCase);
        var byPair = checkIns.Where(c => c.SentAt <= now && !c.AwaitsSending).ToLookup(c => c.PairId, StringComparer.Ordinal);

        var rows = new List<(ExportedPair Row, DateTimeOffset ProposedAt)>();
        foreach (var pair in pairs)
        {
            var mentee = people.GetValueOrDefault(Key(pair.MenteeTenantId, pair.MenteeId));
            var mentor = people.GetValueOrDefault(Key(pair.MentorTenantId, pair.MentorId));
            var theirs = byPair[pair.Id].ToList();
            var both = new[] { mentee, mentor }.OfType<Participant>().ToList();
            var health = mentee is null || mentor is null ? null : HealthRules.Of(programme, pair, mentee, mentor, theirs, now);
            var summary = RelationshipSummary.Of(pair, theirs, both, now);
            rows.Add((new ExportedPair(
                mentee?.DisplayName ?? string.Empty,
                mentor?.DisplayName ?? string.Empty,
                health?.State,
                pair.Status,
                Meetings.Of([pair], theirs, now).Count,
                theirs.Count(c => c.AnsweredBy(now)),
                theirs.Count,
                summary.GoalsAchieved), pair.ProposedAt));
        }

        return
        [
            .. rows.OrderBy(r => r.Row.Mentee, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.Row.Mentor, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.ProposedAt)
                .Select(r => r.Row),
        ];
    }

    private static string Key(string tenantId, string userObjectId) => $"{tenantId}|{userObjectId}";
}
