using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Reads what a programme's digest is computed from by partition: one query each for its participants, pairs,
/// check-ins, surveys, nudges and snoozes, however many pairs it has (never one request per pair), so the storage
/// requests grow with the programme's size in pages, not in pairs.
/// </summary>
public sealed class DigestReader(ParticipantStore participants, PairStore pairs, CheckInStore checkIns, SurveyStore surveys, NudgeStore nudges)
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
}
