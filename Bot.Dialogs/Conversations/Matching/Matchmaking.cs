using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// Runs a matching round and applies it as the programme's mode says: proposals for the lead to approve, choices
/// for the mentees, or offers straight to the mentors; every mentee left out is told why, once. Also the lead's
/// decisions on proposals (approve, reject, swap) and a mentee's pick.
/// </summary>
public sealed class Matchmaking(MatchingRounds rounds, PairStore pairs, PairOffers offers, Notices notices)
{
    /// <summary>How many mentors a mentee chooses among in a mentee-chooses programme.</summary>
    public const int ChoiceCount = 3;

    /// <summary>What a run did: pairs proposed or offered, mentees given a choice, mentees left out.</summary>
    public sealed record Outcome(int Proposed, int Offered, int Choosing, int Unmatched);

    public async Task<Outcome> RunAsync(Programme programme, CancellationToken cancellationToken)
    {
        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var result = Matcher.Match(snapshot.Round);
        int proposed = 0, offered = 0, choosing = 0;
        switch (programme.Matching)
        {
            case MatchingMode.LeadApproves:
                foreach (var pair in result.Pairs)
                    proposed += await TryProposeAsync(programme, pair.Mentee, pair.Mentor, pair.Score, cancellationToken) ? 1 : 0;
                break;
            case MatchingMode.Automatic:
                foreach (var pair in result.Pairs)
                    offered += await offers.OfferNewAsync(programme, pair.Mentee, pair.Mentor, pair.Score, cancellationToken) ? 1 : 0;
                break;
            case MatchingMode.MenteeChooses:
                foreach (var mentee in snapshot.Round.Mentees)
                {
                    var options = Options(snapshot, mentee.UserObjectId, ChoiceCount);
                    if (options.Count == 0)
                        continue;
                    choosing++;
                    await notices.SendAsync(mentee.TenantId, mentee.UserObjectId, "mentorChoice", programme.Id, text => (null, MentorChoiceCard.Build(programme, options, text)), cancellationToken);
                }

                break;
        }

        var unmatched = programme.Matching == MatchingMode.MenteeChooses
            ? result.Unmatched.Where(u => Options(snapshot, u.Mentee.UserObjectId, 1).Count == 0).ToList()
            : [.. result.Unmatched];
        foreach (var left in unmatched)
        {
            await notices.SendAsync(left.Mentee.TenantId, left.Mentee.UserObjectId, "unmatched", programme.Id, text => (text.Format("MenteeUnmatched", Markdown.Literal(programme.Name), ReasonText.Sentence(left.Reason, text)), null), cancellationToken);
        }

        return new Outcome(proposed, offered, choosing, unmatched.Count);
    }

    /// <summary>
    /// The lead's card: the pairs proposed since <paramref name="since"/> (the first proposal still waiting when the
    /// card was first built), whatever became of them, so the card shows its decisions in place. At most
    /// <see cref="MatchApprovalCard.ShownPerCard"/> waiting and as many recent decisions, so the card stays within the
    /// size Teams accepts; the rest is counted.
    /// </summary>
    public async Task<MatchApprovalCard.View> ApprovalAsync(Programme programme, DateTimeOffset? since, DateTimeOffset now, Localizer text, CancellationToken cancellationToken)
    {
        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var from = since ?? snapshot.Pairs.Where(p => p.Status == PairStatus.Proposed).Select(p => (DateTimeOffset?)p.ProposedAt).Min() ?? now;
        var all = snapshot.Pairs.Where(p => p.ProposedAt >= from).OrderBy(p => p.ProposedAt).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var waiting = all.Where(p => p.Status == PairStatus.Proposed).ToList();
        var decided = all.Where(p => p.Status != PairStatus.Proposed).ToList();
        var shown = waiting.Take(MatchApprovalCard.ShownPerCard).Concat(decided.TakeLast(MatchApprovalCard.ShownPerCard)).ToHashSet();
        return new MatchApprovalCard.View(
            [.. all.Where(shown.Contains).Select(p => new MatchApprovalCard.Row(p, Name(snapshot.Person(p.MenteeId), text), Name(snapshot.Person(p.MentorId), text)))],
            from,
            Math.Max(0, waiting.Count - MatchApprovalCard.ShownPerCard),
            Math.Max(0, decided.Count - MatchApprovalCard.ShownPerCard));
    }

    /// <summary>Approves a proposal: it goes to the mentor as an offer. False when it is no longer a proposal.</summary>
    public async Task<bool> ApproveAsync(Programme programme, string pairId, CancellationToken cancellationToken)
    {
        if (await pairs.GetVersionedAsync(programme.Id, pairId, cancellationToken) is not { } found || found.Pair.Status != PairStatus.Proposed)
            return false;
        return await offers.TryOfferAsync(programme, found.Pair, found.Version, cancellationToken);
    }

    public async Task<bool> RejectAsync(Programme programme, string pairId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await pairs.ChangeAsync(programme.Id, pairId, p => p.Reject(now), cancellationToken)).IsSaved;

    /// <summary>
    /// Swaps the mentors of two proposals. Both new pairs are scored again by the matching rules; when one may not be
    /// proposed, nothing changes and its reason is returned. The two old proposals are recorded as rejected by the lead.
    /// </summary>
    public async Task<SwapOutcome> SwapAsync(Programme programme, string firstId, string secondId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = await pairs.GetVersionedAsync(programme.Id, firstId, cancellationToken);
        var second = await pairs.GetVersionedAsync(programme.Id, secondId, cancellationToken);
        if (firstId == secondId || first is not { } a || second is not { } b || a.Pair.Status != PairStatus.Proposed || b.Pair.Status != PairStatus.Proposed)
            return new SwapOutcome(false, null, null, null);

        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var earlier = snapshot.Round.PreviousPairs.Concat(snapshot.Round.DeclinedPairs).ToList();
        var scored = new List<(Participant Mentee, Participant Mentor, MatchScore Score)>();
        foreach (var (mentee, mentor) in new[] { (a.Pair.MenteeId, b.Pair.MentorId), (b.Pair.MenteeId, a.Pair.MentorId) })
        {
            if (snapshot.Person(mentee) is not { } menteeP || snapshot.Person(mentor) is not { } mentorP)
                return new SwapOutcome(false, null, null, null);

            // The mentor gives up one proposal for the other: their load is what it is without the pair swapped away.
            var load = snapshot.Round.CurrentLoads.GetValueOrDefault(mentor) - 1;
            var score = MatchScorer.Explain(programme, menteeP, mentorP, snapshot.Round.ReferenceDate, earlier, Math.Max(0, load));
            if (!score.IsCompatible)
                return new SwapOutcome(false, menteeP, mentorP, score.Exclusion ?? new MatchReason(MatchReasonKeys.UnmatchedNoCompatibleMentor));
            scored.Add((menteeP, mentorP, score));
        }

        // Both proposals are rejected together or not at all (one decided meanwhile), so a swap is all or nothing.
        var rejectedA = a.Pair.Reject(now);
        var rejectedB = b.Pair.Reject(now);
        if (!rejectedA.IsDone || !rejectedB.IsDone || !await pairs.TrySaveAllAsync([(rejectedA.Value, a.Version), (rejectedB.Value, b.Version)], cancellationToken))
            return new SwapOutcome(false, null, null, null);

        foreach (var (mentee, mentor, score) in scored)
            await TryProposeAsync(programme, mentee, mentor, score, cancellationToken);
        return new SwapOutcome(true, null, null, null);
    }

    /// <summary>A mentee's pick among their suggestions; false when that mentor is no longer one of them.</summary>
    public async Task<ChoiceOutcome> ChooseAsync(Programme programme, string menteeId, string mentorId, CancellationToken cancellationToken)
    {
        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        if (!snapshot.IsInRound(menteeId))
            return new ChoiceOutcome(false, []);
        var options = Options(snapshot, menteeId, int.MaxValue);
        var chosen = options.FirstOrDefault(o => o.Mentor.UserObjectId == mentorId);
        if (chosen is null)
            return new ChoiceOutcome(false, [.. options.Take(ChoiceCount)]);
        if (await offers.OfferNewAsync(programme, snapshot.Person(menteeId)!, chosen.Mentor, chosen.Score, cancellationToken))
            return new ChoiceOutcome(true, []);

        // Someone else's pick or offer was saved first: the options are what is left now (none when it was hers).
        var now = await rounds.BuildAsync(programme, cancellationToken);
        return new ChoiceOutcome(false, now.IsInRound(menteeId) ? [.. Options(now, menteeId, ChoiceCount)] : []);
    }

    public sealed record SwapOutcome(bool Swapped, Participant? Mentee, Participant? Mentor, MatchReason? Refusal);

    /// <summary>A pick: made, or refused with the mentee's current options (empty when they have a mentor or an offer already).</summary>
    public sealed record ChoiceOutcome(bool Chosen, IReadOnlyList<MentorChoiceCard.Option> Options);

    private static List<MentorChoiceCard.Option> Options(MatchingRounds.Snapshot snapshot, string menteeId, int count) =>
        [.. Matcher.Suggestions(snapshot.Round, menteeId, count).Select(s => new MentorChoiceCard.Option(snapshot.Person(s.MentorId)!, s))];

    private static string Name(Participant? person, Localizer text) =>
        person is null ? text["PersonUnnamed"] : PersonFacts.NameOf(person, text);

    private async Task<bool> TryProposeAsync(Programme programme, Participant mentee, Participant mentor, MatchScore score, CancellationToken cancellationToken) =>
        await pairs.InsertLiveAsync(offers.NewPair(programme, mentee, mentor, score), programme.CapacityOf(mentor), cancellationToken) == Placement.Allowed;
}
