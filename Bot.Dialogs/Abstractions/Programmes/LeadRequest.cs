namespace MentorBot.Dialogs.Abstractions.Programmes;

/// <summary>
/// A lead's queued request: what, for which programme, who asked (who gets the report) and, for an invitation, the
/// lead's name as the invitees see it and the list as pasted (checked for size before it was queued).
/// <see cref="Id"/> is new for each request and keys its report, so a request run twice reports once.
/// </summary>
public sealed record LeadRequest(
    LeadRequestKind Kind,
    string Id,
    string ProgrammeId,
    string TenantId,
    string LeadId,
    string? LeadName = null,
    string? Pasted = null)
{
    public static LeadRequest New(LeadRequestKind kind, string programmeId, string tenantId, string leadId, string? leadName = null, string? pasted = null) =>
        new(kind, Guid.NewGuid().ToString("N"), programmeId, tenantId, leadId, leadName, pasted);
}
