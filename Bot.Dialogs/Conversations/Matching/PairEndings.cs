using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// What leaving and closing do to pairs: each live pair of the leaver (or of the closed programme) stops, an active
/// one ended, a proposal or offer withdrawn (which frees the mentor's place), and the people concerned are told once
/// per pair. Running it again (a second press, a retry after a stop half-way) stops nothing twice and tells nobody
/// twice, but tells whoever the earlier run left untold.
/// </summary>
public sealed class PairEndings(PairStore pairs, ParticipantStore participants, Notices notices, TimeProvider time)
{
    /// <summary>Someone left the programme: their pairs stop; the partner (if the pair was offered) and the leads are told.</summary>
    public async Task<int> AfterLeavingAsync(Programme programme, Participant leaver, CancellationToken cancellationToken)
    {
        var ending = leaver.Role == Role.Mentor ? PairEnding.MentorLeft : PairEnding.MenteeLeft;
        var stopped = await StopAsync(programme, p => IsSide(p, leaver), ending, cancellationToken);
        var people = await participants.InProgrammeAsync(programme.Id, cancellationToken);
        var leaverName = Name(leaver);
        foreach (var pair in stopped)
        {
            var partner = Person(people, leaver.Role == Role.Mentor ? pair.MenteeId : pair.MentorId);
            if (WasOffered(pair))
            {
                var (tenantId, userId) = leaver.Role == Role.Mentor ? (pair.MenteeTenantId, pair.MenteeId) : (pair.MentorTenantId, pair.MentorId);
                await notices.SendAsync(tenantId, userId, "pairEnded", PairOffers.About(pair), text => (text.Format(pair.Status == PairStatus.Ended ? "PairEndedPartnerLeft" : "OfferWithdrawnPartnerLeft", leaverName(text), programme.Name), null), cancellationToken);
            }

            await notices.TellLeadsAsync(programme, "pairEndedLead", PairOffers.About(pair), text => text.Format(pair.Status == PairStatus.Ended ? "LeadPairEndedLeft" : "LeadOfferWithdrawnLeft", leaverName(text), programme.Name, Name(partner)(text)), cancellationToken);
        }

        return stopped.Count;
    }

    /// <summary>
    /// The programme closed: every live pair that <paramref name="stopsNow"/> (all, by default) stops, and both people
    /// of each pair that was offered are told.
    /// </summary>
    public async Task<int> AfterClosingAsync(Programme programme, Func<Pair, bool>? stopsNow, CancellationToken cancellationToken)
    {
        var stopped = await StopAsync(programme, stopsNow ?? (_ => true), PairEnding.ProgrammeClosed, cancellationToken);
        var people = await participants.InProgrammeAsync(programme.Id, cancellationToken);
        foreach (var pair in stopped.Where(WasOffered))
        {
            foreach (var (tenantId, userId, otherId) in new[] { (pair.MenteeTenantId, pair.MenteeId, pair.MentorId), (pair.MentorTenantId, pair.MentorId, pair.MenteeId) })
            {
                var other = Name(Person(people, otherId));
                await notices.SendAsync(tenantId, userId, "pairEnded", PairOffers.About(pair), text => (text.Format(pair.Status == PairStatus.Ended ? "PairEndedProgrammeClosed" : "OfferWithdrawnProgrammeClosed", programme.Name, other(text)), null), cancellationToken);
            }
        }

        return stopped.Count;
    }

    // Stops the live pairs that match, and answers every pair this ending stopped, now or in an earlier run.
    private async Task<List<Pair>> StopAsync(Programme programme, Func<Pair, bool> concerned, PairEnding ending, CancellationToken cancellationToken)
    {
        var result = new List<Pair>();
        foreach (var pair in (await pairs.InProgrammeAsync(programme.Id, cancellationToken)).Where(concerned))
        {
            var current = pair;
            if (pair.IsLive)
            {
                var stopped = await pairs.ChangeAsync(pair.ProgrammeId, pair.Id, p => p.Stop(time.GetUtcNow(), ending), cancellationToken);
                current = stopped.Record ?? pair;
            }

            if (current.Ending == ending && current.Status is PairStatus.Ended or PairStatus.Withdrawn)
                result.Add(current);
        }

        return result;
    }

    private static bool IsSide(Pair pair, Participant person) => person.Role == Role.Mentor
        ? string.Equals(pair.MentorId, person.UserObjectId, StringComparison.OrdinalIgnoreCase) && string.Equals(pair.MentorTenantId, person.TenantId, StringComparison.OrdinalIgnoreCase)
        : string.Equals(pair.MenteeId, person.UserObjectId, StringComparison.OrdinalIgnoreCase) && string.Equals(pair.MenteeTenantId, person.TenantId, StringComparison.OrdinalIgnoreCase);

    // A proposal nobody but the leads saw is withdrawn without a word to the pair; an offer or a relationship is not.
    private static bool WasOffered(Pair pair) => pair.OfferedAt is not null;

    private static Participant? Person(IEnumerable<Participant> people, string userObjectId) =>
        people.FirstOrDefault(p => string.Equals(p.UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase));

    private static Func<Localizer, string> Name(Participant? person) =>
        text => person is null ? text["PersonUnnamed"] : PersonFacts.NameOf(person, text);
}
