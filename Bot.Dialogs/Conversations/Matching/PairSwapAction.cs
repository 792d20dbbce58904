using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>Swap mentors (of two proposals) on the lead's approval card, for a lead of the open programme.</summary>
public sealed class PairSwapAction(MatchApprovals approvals) : CardAction<ApprovalPress>
{
    public override string Verb => MatchApprovalCard.SwapVerb;

    public override Access Requires(ApprovalPress payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<ApprovalPress> press, CancellationToken cancellationToken) =>
        approvals.DecideAsync(press, MatchApprovals.Decision.Swap, cancellationToken);
}
