using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// End and rematch, on a lead's fit-concern card: the pair ends through its lifecycle (a versioned save, so two leads
/// pressing end it once), both people are told once, neutrally (neither learns what the other answered), and the
/// mentee gets a choice of their next best mentors; the ended pair counts as an earlier pairing, so this mentor is
/// never suggested again. Pressed again after a stop half-way, it ends nothing twice and tells only whoever was not told.
/// </summary>
public sealed class FitRematches(PairStore pairs, MatchingRounds rounds, Notices notices, FitConcerns concerns, TimeProvider time)
{
    public async Task EndAndRematchAsync(CardPress<PairRef> press, CancellationToken cancellationToken)
    {
        var (turn, programme) = (press.Turn, press.Grant.RequiredProgramme);
        var change = await pairs.ChangeAsync(programme.Id, press.Payload.PairId, p => p.End(time.GetUtcNow(), PairEnding.NotAGoodFit), cancellationToken);
        if (change.Record is not { } pair)
        {
            await turn.SayAsync(turn.Text["FitRematchPairGone"], cancellationToken);
            return;
        }

        if (!change.IsSaved && !(pair.Status == PairStatus.Ended && pair.Ending == PairEnding.NotAGoodFit))
        {
            await turn.SayAsync(turn.Text["FitRematchNotActive"], cancellationToken);
            await ReplaceAsync(press, pair, turn.Text["FitRematchNotActive"], cancellationToken);
            return;
        }

        if (!change.IsSaved)
            await turn.SayAsync(turn.Text["FitRematchAlreadyEnded"], cancellationToken);

        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var mentee = snapshot.Person(pair.MenteeId);
        var mentor = snapshot.Person(pair.MentorId);
        var about = PairOffers.About(pair);
        if (mentor is not null)
            await notices.SendAsync(pair.MentorTenantId, pair.MentorId, "pairEndedFit", about, text => (text.Format("PairEndedByLeadMentor", Name(mentee, text), Markdown.Literal(programme.Name)), null), cancellationToken);

        string outcome;
        var options = mentee is not null && snapshot.IsInRound(mentee.UserObjectId)
            ? Matcher.Suggestions(snapshot.Round, mentee.UserObjectId, Matchmaking.ChoiceCount).Select(s => new MentorChoiceCard.Option(snapshot.Person(s.MentorId)!, s)).ToList()
            : [];
        if (mentee is null)
        {
            outcome = turn.Text["FitRematchEnded"];
        }
        else if (options.Count > 0)
        {
            await notices.SendAsync(pair.MenteeTenantId, pair.MenteeId, "pairEndedFit", about, text => (text.Format("PairEndedByLeadMentee", Name(mentor, text), Markdown.Literal(programme.Name)), MentorChoiceCard.Build(programme, options, text)), cancellationToken);
            outcome = turn.Text.Format("FitRematchOffered", Name(mentee, turn.Text), options.Count);
        }
        else
        {
            var left = snapshot.IsInRound(mentee.UserObjectId) ? Matcher.Match(snapshot.Round with { Mentees = [mentee] }).Unmatched : [];
            var reason = left.Count > 0 ? left[0].Reason : new MatchReason(MatchReasonKeys.UnmatchedNoCompatibleMentor);
            await notices.SendAsync(pair.MenteeTenantId, pair.MenteeId, "pairEndedFit", about, text => (text.Format("PairEndedByLeadMenteeNoMentor", Name(mentor, text), Markdown.Literal(programme.Name), ReasonText.Sentence(reason, text)), null), cancellationToken);
            outcome = turn.Text.Format("FitRematchNoMentor", Name(mentee, turn.Text), ReasonText.Sentence(reason, turn.Text));
        }

        await ReplaceAsync(press, pair, outcome, cancellationToken);
    }

    private async Task ReplaceAsync(CardPress<PairRef> press, Pair pair, string outcome, CancellationToken cancellationToken)
    {
        var line = await concerns.PairLineAsync(press.Grant.RequiredProgramme, pair, press.Text, cancellationToken);
        press.Turn.ReplaceCard(FitConcernCard.Build(new FitConcernCard.View(pair.ProgrammeId, pair.Id, line) { Outcome = outcome }, press.Text));
    }

    private static string Name(Domain.Participants.Participant? person, Localizer text) =>
        person is null ? text["PersonUnnamed"] : PersonFacts.LiteralName(person, text);
}
