using MentorBot.Dialogs.Abstractions.Exports;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Exports;

/// <summary>Export links signed for one lead and programme, valid for Export:LinkLifetime from now, under MentorBot:PublicBaseUrl.</summary>
internal sealed class SignedExportLinks(ExportSigner signer, IOptions<ExportOptions> export, IOptions<MentorBotOptions> host, TimeProvider time) : IExportLinks
{
    public ExportLinks For(Programme programme, string tenantId, string userObjectId)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var lifetime = export.Value.LinkLifetime;
        var grant = new ExportGrant(programme.Id, tenantId, userObjectId, (time.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        var signature = signer.Sign(grant);
        var root = host.Value.PublicBaseUrl ?? MentorBotOptions.DevelopmentPublicBaseUrl;
        return new ExportLinks(
            ExportLink.Build(root, ExportLink.PairsFile, grant, signature),
            ExportLink.Build(root, ExportLink.ProgrammeFile, grant, signature),
            grant.Expiry,
            lifetime);
    }
}
