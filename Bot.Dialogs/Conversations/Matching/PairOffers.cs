using MentorBot.Dialogs.Abstractions.Matching;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// The mentor's say: offers go to mentors with a deadline; an acceptance makes the pair active and introduces the
/// two; a decline or an expired deadline refuses the pair for good and asks the mentee's next best mentor, telling
/// the leads. Every change is a versioned save of the pair, so a double press or the deadline racing an answer
/// changes it once. What a change owes other people is its follow-up (<see cref="Pair.FollowUp"/>, saved with the
/// change): sent right after the save, marked done once the outbox has it, and re-driven by <see cref="PairSweep"/>
/// when a stop came in between. Every message of a follow-up has its idempotency key, so running it twice sends once.
/// </summary>
public sealed class PairOffers(PairStore pairs, ProgrammeStore programmes, ParticipantStore participants, MatchingRounds rounds, Notices notices, IOfferDeadlines deadlines, TimeProvider time)
{
    /// <summary>What became of a mentor's answer.</summary>
    public enum Answer
    {
        Done,
        Unknown,
        NotYours,
        AlreadyAnswered,
        ProgrammeClosed,

        /// <summary>Accepted after the deadline: the offer expired (as the deadline job would have made it) instead.</summary>
        TooLate,
    }

    /// <summary>
    /// Offers a new pair straight to the mentor (automatic matching, a mentee's pick, the next candidate); false when
    /// the pair exists already or, as the pairs stand when it is saved, the mentee has a live pair or the mentor is full.
    /// </summary>
    public async Task<bool> OfferNewAsync(Programme programme, Participant mentee, Participant mentor, MatchScore score, CancellationToken cancellationToken)
    {
        var offered = NewPair(programme, mentee, mentor, score).Offer(time.GetUtcNow(), programme.MentorAnswerDays).Value;
        if (await pairs.InsertLiveAsync(offered, programme.CapacityOf(mentor), cancellationToken) != Placement.Allowed)
            return false;
        await FollowUpAsync(programme, offered, cancellationToken);
        return true;
    }

    /// <summary>
    /// Offers a stored proposal to its mentor; false when it is no longer a proposal (a lead's double press, two
    /// approvals racing), and then nothing is sent.
    /// </summary>
    public async Task<bool> TryOfferAsync(Programme programme, Pair pair, string version, CancellationToken cancellationToken)
    {
        var offered = await pairs.ChangeAsync(pair, version, p => p.Offer(time.GetUtcNow(), programme.MentorAnswerDays), cancellationToken);
        if (!offered.IsSaved)
            return false;
        await FollowUpAsync(programme, offered.Record!, cancellationToken);
        return true;
    }

    /// <summary>A new proposal of <paramref name="mentee"/> with <paramref name="mentor"/>, scored as the round scored them.</summary>
    public Pair NewPair(Programme programme, Participant mentee, Participant mentor, MatchScore score) =>
        Pair.Propose(programme.Id, mentee, mentor, score, time.GetUtcNow());

    public async Task<(Answer Answer, Pair? Pair)> AcceptAsync(string programmeId, string pairId, string tenantId, string mentorId, CancellationToken cancellationToken)
    {
        var (answer, found) = await CheckAsync(programmeId, pairId, tenantId, mentorId, cancellationToken);
        if (answer != Answer.Done)
            return (answer, found?.Pair);
        var (pair, version, programme) = found!.Value;
        var accepted = await pairs.ChangeAsync(pair, version, p => p.Accept(time.GetUtcNow()), cancellationToken);

        // The deadline job may not have run yet (a busy server, a restart): the deadline still holds, so the mentee
        // who has waited for it is offered to the next mentor now rather than held by a late yes.
        if (accepted.Refusal == Refusal.DeadlinePassed)
        {
            await ExpireAsync(programmeId, pairId, cancellationToken);
            return (Answer.TooLate, (await pairs.GetAsync(programmeId, pairId, cancellationToken)) ?? pair);
        }

        if (!accepted.IsSaved)
            return (Answer.AlreadyAnswered, accepted.Record ?? pair);

        await FollowUpAsync(programme, accepted.Record!, cancellationToken);
        return (Answer.Done, accepted.Record);
    }

    public async Task<(Answer Answer, Pair? Pair)> DeclineAsync(string programmeId, string pairId, string tenantId, string mentorId, string? reason, CancellationToken cancellationToken)
    {
        var (answer, found) = await CheckAsync(programmeId, pairId, tenantId, mentorId, cancellationToken);
        if (answer != Answer.Done)
            return (answer, found?.Pair);
        var (pair, version, programme) = found!.Value;
        var declined = await pairs.ChangeAsync(pair, version, p => p.Decline(time.GetUtcNow(), reason), cancellationToken);
        if (!declined.IsSaved)
            return (Answer.AlreadyAnswered, declined.Record ?? pair);
        await FollowUpAsync(programme, declined.Record!, cancellationToken);
        return (Answer.Done, declined.Record);
    }

    /// <summary>
    /// The deadline: expires the offer only if it is still unanswered; true when this call expired it. An expiry run
    /// again (a retried job, the job and the sweep) finishes what an earlier run left owed, and asks the next
    /// candidate once in all.
    /// </summary>
    public async Task<bool> ExpireAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetAsync(programmeId, cancellationToken);
        if (programme is null)
            return false;
        var expired = await pairs.ChangeAsync(programmeId, pairId, p => p.Expire(time.GetUtcNow()), cancellationToken);
        if (expired.Record is { Status: PairStatus.Expired } pair)
            await FollowUpAsync(programme, pair, cancellationToken);
        return expired.IsSaved;
    }

    /// <summary>
    /// Sends what the pair's last change owes (see <see cref="Pair.FollowUp"/>), then marks it done. Nothing when
    /// nothing is owed; safe to run again and at the same time as another run: each message is sent once per key, and
    /// the next candidate is a new live pair, which storage lets a mentee have only one of.
    /// </summary>
    public async Task FollowUpAsync(Programme programme, Pair pair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.FollowUp is not { } change)
            return;
        switch (change)
        {
            case PairChange.Offer:
                await SendOfferAsync(programme, pair, cancellationToken);
                break;
            case PairChange.Accept:
                await IntroduceAsync(programme, pair, cancellationToken);
                break;
            case PairChange.Decline or PairChange.Expire:
                await AskNextAsync(programme, pair, cancellationToken);
                break;
        }

        // Refused when another change replaced this one meanwhile: that change owes its own follow-up.
        await pairs.ChangeAsync(pair.ProgrammeId, pair.Id, p => p.FollowedUp(change), cancellationToken);
    }

    private async Task IntroduceAsync(Programme programme, Pair active, CancellationToken cancellationToken)
    {
        var mentee = await participants.GetAsync(programme.Id, active.MenteeTenantId, active.MenteeId, cancellationToken);
        var mentor = await participants.GetAsync(programme.Id, active.MentorTenantId, active.MentorId, cancellationToken);
        if (mentee is null || mentor is null)
            return;
        await notices.SendAsync(mentee.TenantId, mentee.UserObjectId, "introduction", About(active), text => (null, IntroductionCard.Build(programme, active, mentor, text)), cancellationToken);
        await notices.SendAsync(mentor.TenantId, mentor.UserObjectId, "introduction", About(active), text => (null, IntroductionCard.Build(programme, active, mentee, text)), cancellationToken);
    }

    // The offer is saved: its deadline, then the card to the mentor (or word to the leads when the mentor cannot get it).
    // Run again, it schedules a second deadline, which finds the offer decided and does nothing; the sweep is the
    // backstop for a deadline that was never scheduled.
    private async Task SendOfferAsync(Programme programme, Pair offered, CancellationToken cancellationToken)
    {
        await deadlines.ScheduleAsync(programme.Id, offered.Id, offered.AnswerBy!.Value, cancellationToken);
        var mentee = await participants.GetAsync(programme.Id, offered.MenteeTenantId, offered.MenteeId, cancellationToken);
        if (mentee is null)
            return;
        var sent = await notices.SendAsync(offered.MentorTenantId, offered.MentorId, "offer", About(offered), text => (null, MentorOfferCard.Build(programme, offered, mentee, text)), cancellationToken);

        // A mentor who never installed the app (or removed it) cannot see the offer: the leads hear it now, not when it expires.
        if (sent.Outcome is SendOutcome.NoConversationReference or SendOutcome.Unreachable or SendOutcome.Failed)
        {
            var mentor = await participants.GetAsync(programme.Id, offered.MentorTenantId, offered.MentorId, cancellationToken);
            await notices.TellLeadsAsync(
                programme,
                "offerUndeliveredLead",
                About(offered),
                text => text.Format("LeadOfferUndelivered", Name(mentor?.DisplayName, text), Name(mentee.DisplayName, text), Markdown.Literal(programme.Name), programme.MentorAnswerDays),
                cancellationToken);
        }
    }

    // Tells the leads, then offers the mentee's next best compatible mentor with a place, or tells mentee and leads nobody is left.
    private async Task AskNextAsync(Programme programme, Pair refused, CancellationToken cancellationToken)
    {
        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var mentee = snapshot.Person(refused.MenteeId);
        var mentor = snapshot.Person(refused.MentorId);
        var menteeName = mentee is null ? null : mentee.DisplayName;
        var mentorName = mentor is null ? null : mentor.DisplayName;
        await notices.TellLeadsAsync(
            programme,
            refused.Status == PairStatus.Expired ? "offerExpiredLead" : "offerDeclinedLead",
            About(refused),
            text => refused.Status == PairStatus.Expired
                ? text.Format("LeadOfferExpired", Name(mentorName, text), Name(menteeName, text), Markdown.Literal(programme.Name))
                : text.Format("LeadOfferDeclined", Name(mentorName, text), Name(menteeName, text), Markdown.Literal(programme.Name), refused.DeclineReason is { } said ? Markdown.Literal(said) : text["LeadNoReasonGiven"]),
            cancellationToken);
        if (mentee is null || !snapshot.IsInRound(mentee.UserObjectId) || !programme.IsOpen)
            return;

        foreach (var next in Matcher.Suggestions(snapshot.Round, mentee.UserObjectId, 1))
        {
            if (snapshot.Person(next.MentorId) is { } nextMentor && await OfferNewAsync(programme, mentee, nextMentor, next, cancellationToken))
                return;
        }

        // Another run of this follow-up (the deadline job and the sweep at once) may have placed her meanwhile.
        if ((await pairs.InProgrammeAsync(programme.Id, cancellationToken)).Any(p => p.IsLive && string.Equals(p.MenteeId, mentee.UserObjectId, StringComparison.OrdinalIgnoreCase)))
            return;

        var left = Matcher.Match(snapshot.Round with { Mentees = [mentee] }).Unmatched;
        var reason = left.Count > 0 ? left[0].Reason : new MatchReason(MatchReasonKeys.UnmatchedNoCompatibleMentor);
        await notices.SendAsync(mentee.TenantId, mentee.UserObjectId, "unmatched", About(refused), text => (text.Format("MenteeUnmatched", Markdown.Literal(programme.Name), ReasonText.Sentence(reason, text)), null), cancellationToken);
        await notices.TellLeadsAsync(programme, "noMentorLeftLead", About(refused), text => text.Format("LeadNoMentorLeft", Name(menteeName, text), Markdown.Literal(programme.Name), ReasonText.Sentence(reason, text)), cancellationToken);
    }

    private async Task<(Answer, (Pair Pair, string Version, Programme Programme)?)> CheckAsync(string programmeId, string pairId, string tenantId, string mentorId, CancellationToken cancellationToken)
    {
        var found = await pairs.GetVersionedAsync(programmeId, pairId, cancellationToken);
        var programme = await programmes.GetAsync(programmeId, cancellationToken);
        if (found is not { } current || programme is null)
            return (Answer.Unknown, null);
        var result = (current.Pair, current.Version, programme);
        if (!string.Equals(current.Pair.MentorId, mentorId, StringComparison.OrdinalIgnoreCase) || !string.Equals(current.Pair.MentorTenantId, tenantId, StringComparison.OrdinalIgnoreCase))
            return (Answer.NotYours, result);
        if (!programme.IsOpen)
            return (Answer.ProgrammeClosed, result);
        return current.Pair.Status == PairStatus.Offered ? (Answer.Done, result) : (Answer.AlreadyAnswered, result);
    }

    // Names go into messages Teams renders as Markdown: shown literally.
    private static string Name(string? name, Localizer text) => string.IsNullOrWhiteSpace(name) ? text["PersonUnnamed"] : Markdown.Literal(name);

    /// <summary>The "which" part of a pair message's idempotency key.</summary>
    public static string About(Pair pair) => $"{pair.ProgrammeId}/{pair.Id}";
}
