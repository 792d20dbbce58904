using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>What waits on someone: offers mentors have not answered, and mentees without a mentor and why.</summary>
internal static class Waiting
{
    public static IReadOnlyList<PendingOffer> Offers(ProgrammeRecords records, People people) =>
        [.. records.Pairs
            .Where(p => p.Status == PairStatus.Offered)
            .Select(p => new PendingOffer(p, people.Find(p.MenteeTenantId, p.MenteeId), people.Find(p.MentorTenantId, p.MentorId), p.OfferedAt ?? p.ProposedAt, p.AnswerBy))
            .OrderBy(o => o.Since)
            .ThenBy(o => o.Pair.Id, StringComparer.Ordinal)];

    /// <summary>
    /// Each mentee who has not left and has no active pair: their proposal waits for the lead, their offer for a mentor,
    /// they paused, or no pair is under way (no active mentor with a place left, or the next round will try).
    /// Circle programmes meet in circles, not pairs: nobody there waits for a mentor.
    /// </summary>
    public static IReadOnlyList<UnmatchedMentee> Mentees(ProgrammeRecords records, DateTimeOffset now)
    {
        if (records.Programme.Type == ProgrammeType.Circle)
            return [];
        var byMentee = records.Pairs.ToLookup(p => p.MenteeId, StringComparer.OrdinalIgnoreCase);
        var live = records.Pairs.Where(p => p.IsLive).GroupBy(p => p.MentorId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var mentorFree = records.Participants.Any(m => m.Role == Role.Mentor && m.Status != ParticipantStatus.Left && !Pauses.IsPausedAt(m, now) &&
            live.GetValueOrDefault(m.UserObjectId) < records.Programme.CapacityOf(m));
        var waiting = new List<UnmatchedMentee>();
        foreach (var mentee in records.Participants.Where(p => p.Role == Role.Mentee && p.Status != ParticipantStatus.Left))
        {
            var theirs = byMentee[mentee.UserObjectId].ToList();
            if (theirs.Any(p => p.IsActive))
                continue;
            var pending = theirs.FirstOrDefault(p => p.IsPending);
            var since = theirs.Select(p => p.ClosedAt).OfType<DateTimeOffset>().Append(mentee.JoinedAt).Max();
            waiting.Add(pending switch
            {
                { Status: PairStatus.Proposed } proposed => new UnmatchedMentee(mentee, MenteeWait.LeadApproval, proposed.ProposedAt),
                { Status: PairStatus.Offered } offered => new UnmatchedMentee(mentee, MenteeWait.OfferOut, offered.OfferedAt ?? offered.ProposedAt),
                _ when mentee.Status == ParticipantStatus.Paused => new UnmatchedMentee(mentee, MenteeWait.Paused, since),
                _ => new UnmatchedMentee(mentee, mentorFree ? MenteeWait.NextRound : MenteeWait.NoMentorFree, since),
            });
        }

        return [.. waiting.OrderBy(w => w.Why).ThenBy(w => w.Since).ThenBy(w => w.Mentee.UserObjectId, StringComparer.Ordinal)];
    }
}
