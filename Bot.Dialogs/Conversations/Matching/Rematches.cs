using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// A lead's End and rematch (on a fit-concern card, on an escalation): the pair ends through its lifecycle, for the
/// reason given (a versioned save, so two leads pressing end it once), both people are told once, neutrally (neither
/// learns why), and the mentee gets a choice of their next best mentors; the ended pair counts as an earlier pairing,
/// so this mentor is never suggested again. Pressed again after a stop half-way, it ends nothing twice and tells only
/// whoever was not told. The caller shows the outcome on the card that was pressed.
/// </summary>
public sealed class Rematches(PairStore pairs, MatchingRounds rounds, Notices notices, TimeProvider time)
{
    /// <returns>
    /// What the lead's card shows: the pair (null when it no longer exists), whether it is ended for
    /// <paramref name="ending"/> (false: it had ended otherwise or was never active, and nothing was sent), and the
    /// outcome in the lead's language.
    /// </returns>
    public async Task<Rematch> EndAndRematchAsync(ChatTurn turn, Programme programme, string pairId, PairEnding ending, CancellationToken cancellationToken)
    {
        var change = await pairs.ChangeAsync(programme.Id, pairId, p => p.End(time.GetUtcNow(), ending), cancellationToken);
        if (change.Record is not { } pair)
        {
            await turn.SayAsync(turn.Text["FitRematchPairGone"], cancellationToken);
            return new Rematch(null, turn.Text["FitRematchPairGone"], Ended: false);
        }

        if (!change.IsSaved && !(pair.Status == PairStatus.Ended && pair.Ending == ending))
        {
            await turn.SayAsync(turn.Text["FitRematchNotActive"], cancellationToken);
            return new Rematch(pair, turn.Text["FitRematchNotActive"], Ended: false);
        }

        if (!change.IsSaved)
            await turn.SayAsync(turn.Text["FitRematchAlreadyEnded"], cancellationToken);

        // The key predates the other reasons; a pair ends once, so one key per pair and person is still right.
        const string what = "pairEndedFit";
        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var mentee = snapshot.Person(pair.MenteeId);
        var mentor = snapshot.Person(pair.MentorId);
        var about = PairOffers.About(pair);
        if (mentor is not null)
            await notices.SendAsync(pair.MentorTenantId, pair.MentorId, what, about, text => (text.Format("PairEndedByLeadMentor", Name(mentee, text), Markdown.Literal(programme.Name)), null), cancellationToken);

        var options = mentee is not null && snapshot.IsInRound(mentee.UserObjectId)
            ? Matcher.Suggestions(snapshot.Round, mentee.UserObjectId, Matchmaking.ChoiceCount).Select(s => new MentorChoiceCard.Option(snapshot.Person(s.MentorId)!, s)).ToList()
            : [];
        if (mentee is null)
            return new Rematch(pair, turn.Text["FitRematchEnded"], Ended: true);

        if (options.Count > 0)
        {
            await notices.SendAsync(pair.MenteeTenantId, pair.MenteeId, what, about, text => (text.Format("PairEndedByLeadMentee", Name(mentor, text), Markdown.Literal(programme.Name)), MentorChoiceCard.Build(programme, options, text)), cancellationToken);
            return new Rematch(pair, turn.Text.Format("FitRematchOffered", Name(mentee, turn.Text), options.Count), Ended: true);
        }

        var left = snapshot.IsInRound(mentee.UserObjectId) ? Matcher.Match(snapshot.Round with { Mentees = [mentee] }).Unmatched : [];
        var reason = left.Count > 0 ? left[0].Reason : new MatchReason(MatchReasonKeys.UnmatchedNoCompatibleMentor);
        await notices.SendAsync(pair.MenteeTenantId, pair.MenteeId, what, about, text => (text.Format("PairEndedByLeadMenteeNoMentor", Name(mentor, text), Markdown.Literal(programme.Name), ReasonText.Sentence(reason, text)), null), cancellationToken);
        return new Rematch(pair, turn.Text.Format("FitRematchNoMentor", Name(mentee, turn.Text), ReasonText.Sentence(reason, turn.Text)), Ended: true);
    }

    private static string Name(Domain.Participants.Participant? person, Localizer text) =>
        person is null ? text["PersonUnnamed"] : PersonFacts.LiteralName(person, text);
}
