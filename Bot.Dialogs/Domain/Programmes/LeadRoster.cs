namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>
/// Who may run programmes: the organisation's leads (configured Entra object ids) may create programmes in their own
/// organisation; each programme's own leads may edit, close and invite for it. An object id means nothing in another
/// tenant, so a configured lead is "tenant/objectId", or a bare object id of <c>homeTenantId</c>; a bare id with no
/// home tenant (local development) is a lead in whichever tenant they write from.
/// </summary>
public sealed class LeadRoster
{
    private readonly HashSet<(string Tenant, string ObjectId)> _leads = [];

    public LeadRoster(IEnumerable<string> organisationLeads, string? homeTenantId = null)
    {
        foreach (var entry in organisationLeads.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()))
        {
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            _leads.Add(slash > 0 ? (entry[..slash], entry[(slash + 1)..]) : (homeTenantId?.Trim().ToLowerInvariant() ?? AnyTenant, entry));
        }
    }

    private const string AnyTenant = "*";

    public bool CanCreateProgrammes(string tenantId, string userObjectId)
    {
        var user = userObjectId.ToLowerInvariant();
        return _leads.Contains((tenantId.ToLowerInvariant(), user)) || _leads.Contains((AnyTenant, user));
    }

    /// <summary>
    /// Whether this person (tenant and object id) leads <paramref name="programme"/>: in the programme's own tenant, as one of
    /// its leads or an organisation lead. Leads of another organisation taking part in a cross-organisation programme
    /// are participants there, not its leads.
    /// </summary>
    public bool Leads(Programme programme, string tenantId, string userObjectId)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return string.Equals(programme.TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && CanManage(programme, userObjectId);
    }

    /// <summary>A lead of the programme, or an organisation lead of the programme's own tenant.</summary>
    public bool CanManage(Programme programme, string userObjectId) =>
        programme.IsLead(userObjectId) || CanCreateProgrammes(programme.TenantId, userObjectId);
}
