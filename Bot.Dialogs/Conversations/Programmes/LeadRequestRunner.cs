using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// Runs a queued lead request (the background job calls it) and sends the lead its report, keyed by the request: run
/// again after a stop, the invitations and offers already sent are not sent twice, and the lead gets one report.
/// </summary>
public sealed class LeadRequestRunner(ProgrammeStore programmes, InvitationDelivery invitations, Matchmaking matchmaking, Notices notices)
{
    public async Task RunAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Deleted since it was asked (its lead erased): nobody to invite into it, nobody to report to.
        if (await programmes.GetAsync(request.ProgrammeId, cancellationToken) is not { } programme)
            return;
        switch (request.Kind)
        {
            case LeadRequestKind.Invite:
                var invited = await invitations.InviteAsync(programme, InvitationList.Parse(request.Pasted), request.LeadName, cancellationToken);
                await notices.SendAsync(request.TenantId, request.LeadId, "inviteReport", request.Id, text => (null, InviteReportCard.Build(programme.Name, invited, text)), cancellationToken);
                break;
            case LeadRequestKind.Match:
                var matched = await matchmaking.RunAsync(programme, cancellationToken);
                await notices.SendAsync(request.TenantId, request.LeadId, "matchReport", request.Id, text => (MatchCommand.Summary(programme, matched, text), null), cancellationToken);
                break;
        }
    }
}
