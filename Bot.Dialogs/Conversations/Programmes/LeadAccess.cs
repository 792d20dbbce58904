using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// The check every lead's button starts with: the programme it names exists, the user may manage it (from an
/// organisation the programme admits: an object id means nothing in another tenant), and it is still open. Anything else is answered in the user's language, and the handler stops.
/// </summary>
public sealed class LeadAccess(ProgrammeStore programmes, LeadRoster leads)
{
    /// <summary>The open programme <paramref name="programmeId"/> for a lead of it; null once the user has been told why not.</summary>
    public async Task<Programme?> OpenProgrammeAsync(ChatTurn turn, string? programmeId, CancellationToken cancellationToken)
    {
        var programme = string.IsNullOrEmpty(programmeId) ? null : await programmes.GetAsync(programmeId, cancellationToken);
        if (programme is null || !turn.HasIdentity || !programme.AdmitsTenant(turn.TenantId) || !leads.CanManage(programme, turn.UserObjectId))
        {
            await turn.SayAsync(turn.Text[programme is null ? "ProgrammeUnknown" : "LeadsOnly"], cancellationToken);
            return null;
        }

        if (!programme.IsOpen)
        {
            await turn.SayAsync(turn.Text.Format("ProgrammeIsClosed", Markdown.Literal(programme.Name)), cancellationToken);
            return null;
        }

        return programme;
    }
}
