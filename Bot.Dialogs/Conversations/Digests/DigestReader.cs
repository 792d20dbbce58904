using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Reads what a programme's figures are computed from, by partition, never one request per pair:
/// <list type="bullet">
/// <item><see cref="ReadAsync"/>: the records themselves, one query each for its participants, pairs, check-ins, surveys,
/// nudges and snoozes (the report and the export, which count from the first day).</item>
/// <item><see cref="ReadFactsAsync"/>: the digest's read model, one query of about a page per thousand pairs whatever
/// the check-ins (<see cref="DigestFactsStore"/>), built from the records the first time.</item>
/// </list>
/// </summary>
public sealed class DigestReader(ParticipantStore participants, PairStore pairs, CheckInStore checkIns, SurveyStore surveys, NudgeStore nudges, DigestFactsStore facts)
{
    public async Task<ProgrammeRecords> ReadAsync(Programme programme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeRecords
        {
            Programme = programme,
            Participants = await participants.InProgrammeAsync(programme.Id, cancellationToken),
            Pairs = await pairs.InProgrammeAsync(programme.Id, cancellationToken),
            CheckIns = await checkIns.InProgrammeAsync(programme.Id, cancellationToken),
            Surveys = await surveys.InProgrammeAsync(programme.Id, cancellationToken),
            Nudges = await nudges.InProgrammeAsync(programme.Id, cancellationToken),
            Snoozes = await nudges.SnoozesInProgrammeAsync(programme.Id, cancellationToken),
        };
    }

    /// <summary>The records as the digest reads them, for a digest as of <paramref name="now"/>: its roster and one row of facts per pair.</summary>
    public async Task<ProgrammeRecords> ReadFactsAsync(Programme programme, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (await facts.ReadAsync(programme.Id, cancellationToken) is { } read)
            return ProgrammeRecords.Of(programme, read.Roster, read.Pairs);

        // Never built (a programme from before the read model, or one whose refresh failed): from the records, once.
        // A record written between this reading and the writing below is refreshed again by its own write.
        var records = await ReadAsync(programme, cancellationToken);
        var (roster, pairFacts) = Build(records, now);
        await facts.WriteAllAsync(programme.Id, roster, pairFacts, now, cancellationToken);
        return ProgrammeRecords.Of(programme, roster, pairFacts);
    }

    /// <summary>The facts of every pair and the roster, from a programme's records.</summary>
    public static (IReadOnlyList<Participant> Roster, IReadOnlyList<PairFacts> Pairs) Build(ProgrammeRecords records, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(records);
        var checkIns = records.CheckIns.ToLookup(c => c.PairId, StringComparer.Ordinal);
        var surveysOf = records.Surveys.ToLookup(s => s.PairId, StringComparer.Ordinal);
        var nudgesOf = records.Nudges.ToLookup(n => n.PairId, StringComparer.Ordinal);
        var snoozesOf = records.Snoozes.ToLookup(s => s.PairId, StringComparer.Ordinal);
        return (
            [.. records.Participants.Select(ProgrammeRecords.RosterEntry)],
            [.. records.Pairs.Select(p => PairFacts.Of(p, checkIns[p.Id], surveysOf[p.Id], nudgesOf[p.Id], snoozesOf[p.Id], at))]);
    }
}
