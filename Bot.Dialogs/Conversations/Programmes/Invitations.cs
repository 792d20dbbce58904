using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// A lead invites people to a programme by UPN or e-mail address. The list is checked in the turn (too long, empty);
/// the invitations are sent in the background (<see cref="InvitationDelivery"/>), and the report (invited, not
/// reachable yet with how to install the app, every refused entry with its reason) reaches the lead when they are.
/// </summary>
public sealed class Invitations(ILeadRequests requests) : CardAction<Invitations.Press>
{
    public override string Verb => InviteCard.SendVerb;

    public override Access Requires(Press payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken)
    {
        var (turn, programme) = (press.Turn, press.Grant.RequiredProgramme);
        var pasted = press.Payload.Addresses ?? string.Empty;
        if (pasted.Length > InvitationList.MaxTextLength)
        {
            await turn.SayAsync(turn.Text.Format("InviteTooLong", pasted.Length, InvitationList.MaxTextLength), cancellationToken);
            return;
        }

        var list = InvitationList.Parse(pasted);
        if (list.Addresses.Count == 0 && list.Refused.Count == 0)
        {
            await turn.SayAsync(turn.Text["InviteEmpty"], cancellationToken);
            return;
        }

        // Nothing to send: the report is the refusals, at once.
        if (list.Addresses.Count == 0)
        {
            await turn.SayAsync(InviteReportCard.Build(programme.Name, new InvitationOutcome([], [], [], list.Refused), turn.Text), cancellationToken);
            return;
        }

        // Checked here, so bad input is answered at once; the sending runs in the background and reports when done.
        var queued = await requests.QueueAsync(LeadRequest.New(LeadRequestKind.Invite, programme.Id, turn.TenantId, turn.UserObjectId, turn.Context.Activity.From?.Name, pasted), cancellationToken);
        await turn.SayAsync(turn.Text.Format(queued == LeadRequestQueueing.Kept ? "InviteKept" : "InviteQueued", list.Addresses.Count, Markdown.Literal(programme.Name)), cancellationToken);
    }

    /// <summary>The programme and the addresses the lead pasted.</summary>
    public sealed record Press(string ProgrammeId, string? Addresses = null);
}
