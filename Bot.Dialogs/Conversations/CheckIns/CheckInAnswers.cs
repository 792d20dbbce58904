using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// Answering a check-in, and changing the answer until the next one is sent. The check-in is always the presser's
/// own (looked up by who pressed, not by the card), so a card forwarded to someone else finds nothing of theirs. A
/// double press or a second device records one answer; a press on an older check-in says which one is current; a
/// wrong input re-shows the card with what is wrong, and nothing is stored.
/// </summary>
public sealed class CheckInAnswers(CheckInStore checkIns, CheckInViews views, FitConcerns fit, TimeProvider time)
{
    public async Task AnswerAsync(CardPress<CheckInPress> press, CancellationToken cancellationToken)
    {
        var (turn, pair) = (press.Turn, press.Grant.RequiredPair);
        if (await FindAsync(press, cancellationToken) is not { } found)
            return;
        var (checkIn, version) = found;

        var (answer, error) = press.Payload.ToAnswer();
        if (answer is null)
        {
            await ShowCardAsync(press, checkIn, (error!.MessageKey, error.Arguments), cancellationToken);
            return;
        }

        var mine = await checkIns.ForPersonAsync(checkIn.ProgrammeId, checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, cancellationToken);
        var outcome = CheckInAnswering.Answer(pair.Pair, checkIn, mine, answer, time.GetUtcNow());
        switch (outcome.Result)
        {
            case AnswerResult.Invalid:
                var first = outcome.Errors[0];
                await ShowCardAsync(press, checkIn, (first.MessageKey, first.Arguments), cancellationToken);
                return;
            case AnswerResult.PairClosed:
                await turn.SayAsync(turn.Text["CheckInPairClosed"], cancellationToken);
                return;
            case AnswerResult.Superseded:
                await turn.SayAsync(turn.Text["CheckInSupersededSay"], cancellationToken);
                turn.ReplaceCard(CheckInSummaryCard.Build(await views.ForAsync(pair, checkIn, turn.Text, cancellationToken) with { IsCurrent = false }, turn.Text));
                return;
            case AnswerResult.AlreadyRecorded:
                await turn.SayAsync(turn.Text["CheckInAlreadyRecorded"], cancellationToken);
                turn.ReplaceCard(CheckInSummaryCard.Build(await views.ForAsync(pair, checkIn, turn.Text, cancellationToken), turn.Text));
                return;
        }

        if (!await checkIns.TrySaveAsync(outcome.CheckIn, version, cancellationToken))
        {
            // Another press saved first: whatever it recorded stands, and this one is shown it.
            var latest = await checkIns.GetVersionedAsync(checkIn.ProgrammeId, checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, checkIn.Period, cancellationToken);
            await turn.SayAsync(turn.Text["CheckInAlreadyRecorded"], cancellationToken);
            turn.ReplaceCard(CheckInSummaryCard.Build(await views.ForAsync(pair, latest?.CheckIn ?? checkIn, turn.Text, cancellationToken), turn.Text));
            return;
        }

        if (outcome.CheckIn.Answer!.Fit == Fit.NotAGoodFit && checkIn.Answer?.Fit != Fit.NotAGoodFit)
            await fit.TellLeadsAsync(pair, outcome.CheckIn, cancellationToken);
        turn.ReplaceCard(CheckInSummaryCard.Build(await views.ForAsync(pair, outcome.CheckIn, turn.Text, cancellationToken), turn.Text));
    }

    /// <summary>Change my answer: the card again, from the answer recorded, while this is the person's latest check-in.</summary>
    public async Task ChangeAsync(CardPress<CheckInPress> press, CancellationToken cancellationToken)
    {
        var (turn, pair) = (press.Turn, press.Grant.RequiredPair);
        if (await FindAsync(press, cancellationToken) is not { } found)
            return;
        if (!pair.Pair.IsActive)
        {
            await turn.SayAsync(turn.Text["CheckInPairClosed"], cancellationToken);
            return;
        }

        var mine = await checkIns.ForPersonAsync(found.CheckIn.ProgrammeId, found.CheckIn.PairId, found.CheckIn.TenantId, found.CheckIn.UserObjectId, cancellationToken);
        if (mine.Any(c => c.SentAt > found.CheckIn.SentAt))
        {
            await turn.SayAsync(turn.Text["CheckInSupersededSay"], cancellationToken);
            return;
        }

        await ShowCardAsync(press, found.CheckIn, null, cancellationToken);
    }

    private async Task<(CheckIn CheckIn, string Version)?> FindAsync(CardPress<CheckInPress> press, CancellationToken cancellationToken)
    {
        var (turn, payload) = (press.Turn, press.Payload);
        var found = await checkIns.GetVersionedAsync(payload.ProgrammeId, payload.PairId, turn.TenantId, turn.UserObjectId, payload.CheckInId, cancellationToken);
        if (found is null)
            await turn.SayAsync(turn.Text["CheckInUnknown"], cancellationToken);
        return found;
    }

    private async Task ShowCardAsync(CardPress<CheckInPress> press, CheckIn checkIn, (string, object[])? notice, CancellationToken cancellationToken)
    {
        var view = await views.ForAsync(press.Grant.RequiredPair, checkIn, press.Text, cancellationToken);
        press.Turn.ReplaceCard(CheckInCard.Build(view with { Notice = notice }, press.Text));
    }
}
