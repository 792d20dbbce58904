using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Loads one pair's <see cref="NudgeSituation"/> for a lead's press (an escalation, a faded card, a digest row): the
/// pair, both people, its check-ins, nudges and snoozes, and the lead's own hours when they take part.
/// </summary>
public sealed class PairSituations(PairStore pairs, ParticipantStore participants, CheckInStore checkIns, NudgeStore nudges)
{
    /// <summary>The pair as it is now; null when it, or one of its people, no longer exists (erased).</summary>
    public async Task<NudgeSituation?> LoadAsync(Programme programme, string pairId, ChatTurn lead, CancellationToken cancellationToken)
    {
        var pair = await pairs.GetAsync(programme.Id, pairId, cancellationToken);
        var mentee = pair is null ? null : await participants.GetAsync(programme.Id, pair.MenteeTenantId, pair.MenteeId, cancellationToken);
        var mentor = pair is null ? null : await participants.GetAsync(programme.Id, pair.MentorTenantId, pair.MentorId, cancellationToken);
        if (pair is null || mentee is null || mentor is null)
            return null;

        var leadHours = (await participants.GetAsync(programme.Id, lead.TenantId, lead.UserObjectId, cancellationToken))?.WorkingHours;
        return new NudgeSituation
        {
            Programme = programme,
            Pair = pair,
            Mentee = mentee,
            Mentor = mentor,
            CheckIns = await checkIns.ForPairAsync(programme.Id, pair.Id, cancellationToken),
            Sent = await nudges.ForPairAsync(programme.Id, pair.Id, cancellationToken),
            Snoozes = await nudges.SnoozesForPairAsync(programme.Id, pair.Id, cancellationToken),
            LeadHours = leadHours is { } hours ? new Dictionary<string, WorkingHours>(StringComparer.OrdinalIgnoreCase) { [lead.UserObjectId] = hours } : new Dictionary<string, WorkingHours>(),
        };
    }
}
