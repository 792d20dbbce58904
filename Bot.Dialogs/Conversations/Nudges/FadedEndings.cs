using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Ending a faded pair without a rematch: by one of the pair (answering the faded question; the partner and the leads
/// are told) or by a lead (from the leads' card; both people are told). The pair ends through its lifecycle, a
/// versioned save, so it ends once; the messages go under a key per pair and person, so running it again after a stop
/// half-way ends nothing twice and tells only whoever was not told. Nobody leaves the programme: either may be matched again.
/// </summary>
public sealed class FadedEndings(PairStore pairs, ParticipantStore participants, Notices notices, TimeProvider time)
{
    /// <returns>The pair, ended by its member (now or by an earlier press); null when it had ended otherwise or is gone.</returns>
    public async Task<Pair?> ByPairAsync(Programme programme, string pairId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        if (await EndAsync(programme, pairId, PairEnding.EndedByPair, cancellationToken) is not { } pair)
            return null;
        var byMentor = string.Equals(pair.MentorId, userObjectId, StringComparison.OrdinalIgnoreCase) && string.Equals(pair.MentorTenantId, tenantId, StringComparison.OrdinalIgnoreCase);
        var (mentee, mentor) = await PeopleAsync(pair, cancellationToken);
        var (ender, partner) = byMentor ? (mentor, mentee) : (mentee, mentor);
        var (partnerTenant, partnerId) = byMentor ? (pair.MenteeTenantId, pair.MenteeId) : (pair.MentorTenantId, pair.MentorId);
        var about = PairOffers.About(pair);
        await notices.SendAsync(partnerTenant, partnerId, "pairEndedFaded", about, text => (text.Format("PairEndedByPartnerFaded", Name(ender, text), Markdown.Literal(programme.Name)), null), cancellationToken);
        await notices.TellLeadsAsync(programme, "pairEndedFadedLead", about, text => text.Format("LeadPairEndedByPair", Name(ender, text), Name(partner, text), Markdown.Literal(programme.Name)), cancellationToken);
        return pair;
    }

    /// <returns>The pair, ended by a lead as faded (now or by an earlier press); null when it had ended otherwise or is gone.</returns>
    public async Task<Pair?> ByLeadAsync(Programme programme, string pairId, CancellationToken cancellationToken)
    {
        if (await EndAsync(programme, pairId, PairEnding.Faded, cancellationToken) is not { } pair)
            return null;
        var (mentee, mentor) = await PeopleAsync(pair, cancellationToken);
        var about = PairOffers.About(pair);
        foreach (var (tenantId, userId, other) in new[] { (pair.MenteeTenantId, pair.MenteeId, mentor), (pair.MentorTenantId, pair.MentorId, mentee) })
            await notices.SendAsync(tenantId, userId, "pairEndedFaded", about, text => (text.Format("PairEndedByLeadFaded", Name(other, text), Markdown.Literal(programme.Name)), null), cancellationToken);
        return pair;
    }

    private async Task<Pair?> EndAsync(Programme programme, string pairId, PairEnding ending, CancellationToken cancellationToken)
    {
        var change = await pairs.ChangeAsync(programme.Id, pairId, p => p.End(time.GetUtcNow(), ending), cancellationToken);
        return change.Record is { Status: PairStatus.Ended } pair && pair.Ending == ending ? pair : null;
    }

    private async Task<(Participant? Mentee, Participant? Mentor)> PeopleAsync(Pair pair, CancellationToken cancellationToken) =>
        (await participants.GetAsync(pair.ProgrammeId, pair.MenteeTenantId, pair.MenteeId, cancellationToken),
         await participants.GetAsync(pair.ProgrammeId, pair.MentorTenantId, pair.MentorId, cancellationToken));

    private static string Name(Participant? person, Localizer text) => person is null ? text["PersonUnnamed"] : PersonFacts.LiteralName(person, text);
}
