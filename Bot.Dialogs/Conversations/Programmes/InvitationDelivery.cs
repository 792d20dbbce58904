using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// Sends a programme's invitations: people who have the app get an invitation card (once per programme: the
/// idempotency key is the programme and the person), the others are counted as not reachable yet. Run in the
/// background (see <see cref="LeadRequestRunner"/>): a list of 200 is 200 lookups and sends.
/// </summary>
public sealed class InvitationDelivery(IPeopleLookup people, IMessenger messenger)
{
    public async Task<InvitationOutcome> InviteAsync(Programme programme, InvitationList list, string? leadName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(list);
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
}
