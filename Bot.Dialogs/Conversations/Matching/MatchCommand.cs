using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// `match` for leads: picks the programme (the only open one they lead, the one named, or from a card), runs the
/// round, and in lead-approves programmes answers with the approval card (whose buttons are <see cref="MatchApprovals"/>').
/// Rounds that send to many people (automatic, mentee-chooses) are queued (<see cref="ILeadRequests"/>).
/// </summary>
public sealed class MatchCommand(ProgrammeStore programmes, AccessGate gate, LeadRoster leads, Matchmaking matchmaking, MatchApprovals approvals, CircleFormation circles, ILeadRequests requests) : ICommandHandler
{
    public BotCommand Command => BotCommands.Match;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var mine = new List<Programme>();
        if (turn.HasIdentity)
        {
            await foreach (var programme in programmes.ListAsync(cancellationToken))
            {
                // Only the lead's own organisation's programmes: an object id means nothing in another tenant.
                if (programme.IsOpen && gate.IsLead(turn, programme))
                    mine.Add(programme);
            }
        }

        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Text[turn.HasIdentity && leads.CanCreateProgrammes(turn.TenantId, turn.UserObjectId) ? "MatchNoProgramme" : "LeadsOnly"], cancellationToken);
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

    /// <summary>Runs a round (or previews circles) for a programme the lead may match.</summary>
    public async Task RunAsync(ChatTurn turn, Programme programme, CancellationToken cancellationToken)
    {
        // Group programmes meet in circles, not pairs: the lead sees the circles its newcomers would form, to form them.
        if (programme.Type == ProgrammeType.Circle)
        {
            await turn.SayAsync(CirclePreviewCard.Build(programme, await circles.PreviewAsync(programme, cancellationToken), turn.Text), cancellationToken);
            return;
        }

        // Offers to every mentor, or choices to every mentee, are a fan-out a turn may not live to finish: they run in the
        // background and the lead hears when they are done. Proposals only wait for the lead's card, which this turn shows.
        if (programme.Matching != MatchingMode.LeadApproves)
        {
            var queued = await requests.QueueAsync(LeadRequest.New(LeadRequestKind.Match, programme.Id, turn.TenantId, turn.UserObjectId), cancellationToken);
            await turn.SayAsync(turn.Text.Format(queued == LeadRequestQueueing.Kept ? "MatchKept" : "MatchQueued", Markdown.Literal(programme.Name)), cancellationToken);
            return;
        }

        await turn.SayAsync(Summary(programme, await matchmaking.RunAsync(programme, cancellationToken), turn.Text), cancellationToken);
        await approvals.ShowAsync(turn, programme, null, replace: false, cancellationToken);
    }

    /// <summary>What a round did, in the lead's words.</summary>
    public static string Summary(Programme programme, Matchmaking.Outcome outcome, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(text);
        return outcome.Proposed + outcome.Offered + outcome.Choosing + outcome.Unmatched == 0
            ? text.Format("MatchNobodyWaiting", Markdown.Literal(programme.Name))
            : text.Format("MatchRunSummary", Markdown.Literal(programme.Name), outcome.Proposed, outcome.Offered, outcome.Choosing, outcome.Unmatched);
    }
}
