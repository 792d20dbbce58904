namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>
/// Who may run programmes: the organisation's leads (configured Entra object ids) may create programmes;
/// each programme's own leads may edit, close and invite for it.
/// </summary>
public sealed class LeadRoster(IEnumerable<string> organisationLeads)
{
    private readonly HashSet<string> _leads = new(organisationLeads.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()), StringComparer.OrdinalIgnoreCase);

    public bool CanCreateProgrammes(string userObjectId) => _leads.Contains(userObjectId);

    public bool CanManage(Programme programme, string userObjectId) => programme.IsLead(userObjectId) || _leads.Contains(userObjectId);
}
