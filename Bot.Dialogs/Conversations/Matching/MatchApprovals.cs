using System.Globalization;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// The lead's approval card: approve, reject, approve all, swap. Each press re-reads the proposals, so a stale press
/// changes nothing and says so, and answers with the card as it now stands (it updates in place).
/// </summary>
public sealed class MatchApprovals(Matchmaking matchmaking, TimeProvider time)
{
    public enum Decision
    {
        Approve,
        Reject,
        ApproveAll,
        Swap,
    }

    public async Task DecideAsync(CardPress<ApprovalPress> press, Decision decision, CancellationToken cancellationToken)
    {
        var (turn, programme, data) = (press.Turn, press.Grant.RequiredProgramme, press.Payload);
        var now = time.GetUtcNow();
        var since = Since(data.Since);
        var changed = decision switch
        {
            Decision.Approve => await matchmaking.ApproveAsync(programme, data.PairId ?? string.Empty, cancellationToken),
            Decision.Reject => await matchmaking.RejectAsync(programme, data.PairId ?? string.Empty, now, cancellationToken),
            Decision.ApproveAll => await ApproveAllAsync(turn, programme, since, cancellationToken),
            _ => await SwapAsync(turn, programme, data, now, cancellationToken),
        };
        if (!changed && decision != Decision.Swap)
            await turn.SayAsync(turn.Text["MatchAlreadyDecided"], cancellationToken);
        await ShowAsync(turn, programme, since, replace: true, cancellationToken);
    }

    public async Task ShowAsync(ChatTurn turn, Programme programme, DateTimeOffset? since, bool replace, CancellationToken cancellationToken)
    {
        var card = MatchApprovalCard.Build(programme, await matchmaking.ApprovalAsync(programme, since, time.GetUtcNow(), turn.Text, cancellationToken), turn.Text);
        if (replace)
            turn.ReplaceCard(card);
        else
            await turn.SayAsync(card, cancellationToken);
    }

    // The proposals the card shows (the same selection as when it was built), not any the lead has not seen yet.
    private async Task<bool> ApproveAllAsync(ChatTurn turn, Programme programme, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var view = await matchmaking.ApprovalAsync(programme, since, time.GetUtcNow(), turn.Text, cancellationToken);
        var any = false;
        foreach (var row in view.Rows.Where(r => r.Pair.Status == PairStatus.Proposed))
            any |= await matchmaking.ApproveAsync(programme, row.Pair.Id, cancellationToken);
        return any;
    }

    private async Task<bool> SwapAsync(ChatTurn turn, Programme programme, ApprovalPress data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = await matchmaking.SwapAsync(programme, data.SwapFirst ?? string.Empty, data.SwapSecond ?? string.Empty, now, cancellationToken);
        if (outcome.Swapped)
            return true;
        await turn.SayAsync(
            outcome.Refusal is { } reason
                ? turn.Text.Format("MatchSwapRefused", PersonFacts.LiteralName(outcome.Mentee!, turn.Text), PersonFacts.LiteralName(outcome.Mentor!, turn.Text), ReasonText.Sentence(reason, turn.Text))
                : turn.Text["MatchSwapNotPossible"],
            cancellationToken);
        return false;
    }

    private static DateTimeOffset? Since(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
