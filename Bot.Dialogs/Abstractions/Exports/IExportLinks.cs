using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Abstractions.Exports;

/// <summary>
/// Short-lived download links for a lead's export of a programme, served by the bot's host. A link names the
/// programme and the lead it was made for; the host refuses it once expired, altered, or when that person is no longer
/// a lead of the programme. Anyone holding a link can use it until then: it goes to the lead's personal chat only.
/// </summary>
public interface IExportLinks
{
    ExportLinks For(Programme programme, string tenantId, string userObjectId);
}
