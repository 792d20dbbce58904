using System.Globalization;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// `match` for leads: picks the programme (the only open one they lead, the one named, or from a card), runs the
/// round, and in lead-approves programmes answers with the approval card, whose buttons are handled here too.
/// Every press reloads the programme and pairs and checks the lead, so a stale or forged press changes nothing.
/// </summary>
public sealed class MatchCommand(ProgrammeStore programmes, LeadRoster leads, LeadAccess access, Matchmaking matchmaking, CircleFormation circles, TimeProvider time) : ICommandHandler, ICardActionHandler
{
    public BotCommand Command => BotCommands.Match;

    public IReadOnlyCollection<string> Verbs => [MatchPickCard.Verb, MatchApprovalCard.ApproveVerb, MatchApprovalCard.RejectVerb, MatchApprovalCard.ApproveAllVerb, MatchApprovalCard.SwapVerb];

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var mine = new List<Programme>();
        if (turn.HasIdentity)
        {
            await foreach (var programme in programmes.ListAsync(cancellationToken))
            {
                // Only the lead's own organisation's programmes: an object id means nothing in another tenant.
                if (programme.IsOpen && programme.AdmitsTenant(turn.TenantId) && leads.CanManage(programme, turn.UserObjectId))
                    mine.Add(programme);
            }
        }

        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Text[turn.HasIdentity && leads.CanCreateProgrammes(turn.UserObjectId) ? "MatchNoProgramme" : "LeadsOnly"], cancellationToken);
            return;
        }

        if (argument.Length > 0)
            mine = [.. mine.Where(p => string.Equals(p.Name.Trim(), argument, StringComparison.OrdinalIgnoreCase))];
        if (mine.Count == 1)
            await RunAsync(turn, mine[0], cancellationToken);
        else if (mine.Count == 0)
            await turn.SayAsync(turn.Text.Format("MatchProgrammeNotFound", Markdown.Literal(argument)), cancellationToken);
        else
            await turn.SayAsync(MatchPickCard.Build([.. mine.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)], turn.Text), cancellationToken);
    }

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        if (await access.OpenProgrammeAsync(turn, data.Text(CardData.ProgrammeIdField), cancellationToken) is not { } programme)
            return;

        if (verb == MatchPickCard.Verb)
        {
            await RunAsync(turn, programme, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var changed = verb switch
        {
            MatchApprovalCard.ApproveVerb => await matchmaking.ApproveAsync(programme, data.Text(CardData.PairIdField) ?? string.Empty, cancellationToken),
            MatchApprovalCard.RejectVerb => await matchmaking.RejectAsync(programme, data.Text(CardData.PairIdField) ?? string.Empty, now, cancellationToken),
            MatchApprovalCard.ApproveAllVerb => await ApproveAllAsync(turn, programme, data, cancellationToken),
            _ => await SwapAsync(turn, programme, data, now, cancellationToken),
        };
        if (!changed && verb != MatchApprovalCard.SwapVerb)
            await turn.SayAsync(turn.Text["MatchAlreadyDecided"], cancellationToken);
        await ShowApprovalsAsync(turn, programme, Since(data), replace: true, cancellationToken);
    }

    private async Task RunAsync(ChatTurn turn, Programme programme, CancellationToken cancellationToken)
    {
        // Group programmes meet in circles, not pairs: the lead sees the circles its newcomers would form, to form them.
        if (programme.Type == ProgrammeType.Circle)
        {
            await turn.SayAsync(CirclePreviewCard.Build(programme, await circles.PreviewAsync(programme, cancellationToken), turn.Text), cancellationToken);
            return;
        }

        var outcome = await matchmaking.RunAsync(programme, cancellationToken);
        var nobody = outcome.Proposed + outcome.Offered + outcome.Choosing + outcome.Unmatched == 0;
        await turn.SayAsync(
            nobody
                ? turn.Text.Format("MatchNobodyWaiting", Markdown.Literal(programme.Name))
                : turn.Text.Format("MatchRunSummary", Markdown.Literal(programme.Name), outcome.Proposed, outcome.Offered, outcome.Choosing, outcome.Unmatched),
            cancellationToken);
        if (programme.Matching == MatchingMode.LeadApproves)
            await ShowApprovalsAsync(turn, programme, null, replace: false, cancellationToken);
    }

    // The proposals the card shows (the same selection as when it was built), not any the lead has not seen yet.
    private async Task<bool> ApproveAllAsync(ChatTurn turn, Programme programme, JObject data, CancellationToken cancellationToken)
    {
        var view = await matchmaking.ApprovalAsync(programme, Since(data), time.GetUtcNow(), turn.Text, cancellationToken);
        var any = false;
        foreach (var row in view.Rows.Where(r => r.Pair.Status == Domain.Pairs.PairStatus.Proposed))
            any |= await matchmaking.ApproveAsync(programme, row.Pair.Id, cancellationToken);
        return any;
    }

    private async Task<bool> SwapAsync(ChatTurn turn, Programme programme, JObject data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = await matchmaking.SwapAsync(programme, data.Text(MatchApprovalCard.SwapFirstField) ?? string.Empty, data.Text(MatchApprovalCard.SwapSecondField) ?? string.Empty, now, cancellationToken);
        if (outcome.Swapped)
            return true;
        await turn.SayAsync(
            outcome.Refusal is { } reason
                ? turn.Text.Format("MatchSwapRefused", PersonFacts.LiteralName(outcome.Mentee!, turn.Text), PersonFacts.LiteralName(outcome.Mentor!, turn.Text), Localization.ReasonText.Sentence(reason, turn.Text))
                : turn.Text["MatchSwapNotPossible"],
            cancellationToken);
        return false;
    }

    private async Task ShowApprovalsAsync(ChatTurn turn, Programme programme, DateTimeOffset? since, bool replace, CancellationToken cancellationToken)
    {
        var card = MatchApprovalCard.Build(programme, await matchmaking.ApprovalAsync(programme, since, time.GetUtcNow(), turn.Text, cancellationToken), turn.Text);
        if (replace)
            turn.ReplaceCard(card);
        else
            await turn.SayAsync(card, cancellationToken);
    }

    private static DateTimeOffset? Since(JObject data) =>
        long.TryParse(data.Text(MatchApprovalCard.SinceField), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
