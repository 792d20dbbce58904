using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// A lead invites people to a programme by UPN or e-mail address. People who have the app get an invitation
/// card (once per programme: the idempotency key is the programme and the person), the others are listed as
/// not reachable yet with how to install the app, and every refused entry is reported with its reason.
/// </summary>
public sealed class Invitations(IPeopleLookup people, IMessenger messenger) : CardAction<Invitations.Press>
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

        var outcome = await InviteAsync(programme, list, turn.Context.Activity.From?.Name, cancellationToken);
        await turn.SayAsync(InviteReportCard.Build(programme.Name, outcome, turn.Text), cancellationToken);
    }

    private async Task<InvitationOutcome> InviteAsync(Programme programme, InvitationList list, string? leadName, CancellationToken cancellationToken)
    {
        List<string> invited = [], already = [], notReachable = [];
        foreach (var address in list.Addresses)
        {
            var (tenant, person) = await FindAsync(programme, address, cancellationToken);
            if (person is null)
            {
                notReachable.Add(address);
                continue;
            }

            var card = InvitationCard.Build(programme, leadName, new Localizer(person.Locale));
            var result = await messenger.SendAsync(
                new OutgoingMessage(tenant, person.ObjectId, IdempotencyKey.For("invitation", person.ObjectId, programme.Id), card: card),
                cancellationToken);
            (result.Outcome switch
            {
                SendOutcome.Sent or SendOutcome.Deferred => invited,
                SendOutcome.AlreadySent or SendOutcome.InProgress => already,
                _ => notReachable,
            }).Add(address);
        }

        return new InvitationOutcome(invited, already, notReachable, list.Refused);
    }

    // The lead's tenant first, then (cross-organisation programmes) the other organisations taking part.
    private async Task<(string Tenant, KnownPerson? Person)> FindAsync(Programme programme, string address, CancellationToken cancellationToken)
    {
        foreach (var tenant in programme.AllowedTenants.Prepend(programme.TenantId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await people.FindAsync(tenant, address, cancellationToken) is { } person)
                return (tenant, person);
        }

        return (programme.TenantId, null);
    }

    /// <summary>The programme and the addresses the lead pasted.</summary>
    public sealed record Press(string ProgrammeId, string? Addresses = null);
}
