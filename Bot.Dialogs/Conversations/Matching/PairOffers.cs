using MentorBot.Dialogs.Abstractions.Matching;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
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
/// changes it once.
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

    /// <summary>Offers a new pair straight to the mentor (automatic matching, a mentee's pick, the next candidate); false when it already exists.</summary>
    public Task<bool> OfferNewAsync(Programme programme, Participant mentee, Participant mentor, MatchScore score, CancellationToken cancellationToken) =>
        TryOfferAsync(programme, NewPair(programme, mentee, mentor, score, PairStatus.Proposed), null, cancellationToken);

    /// <summary>
    /// Offers a stored (proposed) pair, or a new one (<paramref name="version"/> null), to its mentor; false when
    /// someone else changed or created the pair first (a lead's double press, two approvals racing), and then nothing is sent.
    /// </summary>
    public async Task<bool> TryOfferAsync(Programme programme, Pair pair, string? version, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var offered = pair with { Status = PairStatus.Offered, OfferedAt = now, AnswerBy = now.AddDays(programme.MentorAnswerDays) };
        if (!await pairs.TrySaveAsync(offered, version, cancellationToken))
            return false;
        await deadlines.ScheduleAsync(programme.Id, offered.Id, offered.AnswerBy!.Value, cancellationToken);
        var mentee = await participants.GetAsync(programme.Id, pair.MenteeTenantId, pair.MenteeId, cancellationToken);
        if (mentee is null)
            return true;
        var sent = await notices.SendAsync(pair.MentorTenantId, pair.MentorId, "offer", About(offered), text => (null, MentorOfferCard.Build(programme, offered, mentee, text)), cancellationToken);

        // A mentor who never installed the app (or removed it) cannot see the offer: the leads hear it now, not when it expires.
        if (sent.Outcome is SendOutcome.NoConversationReference or SendOutcome.Unreachable or SendOutcome.Failed)
        {
            var mentor = await participants.GetAsync(programme.Id, pair.MentorTenantId, pair.MentorId, cancellationToken);
            await notices.TellLeadsAsync(
                programme,
                "offerUndeliveredLead",
                About(offered),
                text => text.Format("LeadOfferUndelivered", Name(mentor?.DisplayName, text), Name(mentee.DisplayName, text), Markdown.Literal(programme.Name), programme.MentorAnswerDays),
                cancellationToken);
        }

        return true;
    }

    public Pair NewPair(Programme programme, Participant mentee, Participant mentor, MatchScore score, PairStatus status) => new()
    {
        Id = Pair.IdFor(mentee.UserObjectId, mentor.UserObjectId),
        ProgrammeId = programme.Id,
        MenteeTenantId = mentee.TenantId,
        MenteeId = mentee.UserObjectId,
        MentorTenantId = mentor.TenantId,
        MentorId = mentor.UserObjectId,
        Status = status,
        ScorePercent = score.Percent,
        Reasons = [.. score.Components.Select(c => c.Reason)],
        ProposedAt = time.GetUtcNow(),
    };

    public async Task<(Answer Answer, Pair? Pair)> AcceptAsync(string programmeId, string pairId, string tenantId, string mentorId, CancellationToken cancellationToken)
    {
        var (answer, found) = await CheckAsync(programmeId, pairId, tenantId, mentorId, cancellationToken);
        if (answer != Answer.Done)
            return (answer, found?.Pair);
        var (pair, version, programme) = found!.Value;

        // The deadline job may not have run yet (a busy server, a restart): the deadline still holds, so the mentee
        // who has waited for it is offered to the next mentor now rather than held by a late yes.
        if (pair.AnswerBy is { } answerBy && time.GetUtcNow() > answerBy)
        {
            await ExpireAsync(programmeId, pairId, cancellationToken);
            return (Answer.TooLate, (await pairs.GetAsync(programmeId, pairId, cancellationToken)) ?? pair);
        }

        var accepted = pair with { Status = PairStatus.Active, AcceptedAt = time.GetUtcNow() };
        if (!await pairs.TrySaveAsync(accepted, version, cancellationToken))
            return (Answer.AlreadyAnswered, (await pairs.GetAsync(programmeId, pairId, cancellationToken)) ?? pair);

        var mentee = await participants.GetAsync(programmeId, pair.MenteeTenantId, pair.MenteeId, cancellationToken);
        var mentor = await participants.GetAsync(programmeId, pair.MentorTenantId, pair.MentorId, cancellationToken);
        if (mentee is not null && mentor is not null)
        {
            await notices.SendAsync(mentee.TenantId, mentee.UserObjectId, "introduction", About(accepted), text => (null, IntroductionCard.Build(programme, accepted, mentor, text)), cancellationToken);
            await notices.SendAsync(mentor.TenantId, mentor.UserObjectId, "introduction", About(accepted), text => (null, IntroductionCard.Build(programme, accepted, mentee, text)), cancellationToken);
        }

        return (Answer.Done, accepted);
    }

    public async Task<(Answer Answer, Pair? Pair)> DeclineAsync(string programmeId, string pairId, string tenantId, string mentorId, string? reason, CancellationToken cancellationToken)
    {
        var (answer, found) = await CheckAsync(programmeId, pairId, tenantId, mentorId, cancellationToken);
        if (answer != Answer.Done)
            return (answer, found?.Pair);
        var (pair, version, programme) = found!.Value;
        var declined = pair with { Status = PairStatus.Declined, ClosedAt = time.GetUtcNow(), DeclineReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() };
        if (!await pairs.TrySaveAsync(declined, version, cancellationToken))
            return (Answer.AlreadyAnswered, (await pairs.GetAsync(programmeId, pairId, cancellationToken)) ?? pair);
        await AskNextAsync(programme, declined, cancellationToken);
        return (Answer.Done, declined);
    }

    /// <summary>The deadline: expires the offer only if it is still unanswered; true when it did.</summary>
    public async Task<bool> ExpireAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        var found = await pairs.GetVersionedAsync(programmeId, pairId, cancellationToken);
        var programme = await programmes.GetAsync(programmeId, cancellationToken);
        if (found is not { } current || current.Pair.Status != PairStatus.Offered || programme is null)
            return false;
        var expired = current.Pair with { Status = PairStatus.Expired, ClosedAt = time.GetUtcNow() };
        if (!await pairs.TrySaveAsync(expired, current.Version, cancellationToken))
            return false;
        await AskNextAsync(programme, expired, cancellationToken);
        return true;
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
