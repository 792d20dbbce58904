using System.Globalization;

namespace MentorBot.Exports;

/// <summary>
/// The shape of an export link: /export/{programmeId}/{file}?lead={tenant}/{objectId}&amp;exp={unix seconds}&amp;sig={signature},
/// under the host's public base URL. The one place that writes and reads it.
/// </summary>
internal static class ExportLink
{
    public const string PairsFile = "pairs.csv";
    public const string ProgrammeFile = "programme.csv";
    public const string LeadParameter = "lead";
    public const string ExpiresParameter = "exp";
    public const string SignatureParameter = "sig";

    public static Uri Build(Uri publicBaseUrl, string file, ExportGrant grant, string signature)
    {
        var root = publicBaseUrl.AbsoluteUri.EndsWith('/') ? publicBaseUrl : new Uri(publicBaseUrl.AbsoluteUri + "/");
        var query = string.Join('&',
            $"{LeadParameter}={Uri.EscapeDataString(grant.TenantId)}/{Uri.EscapeDataString(grant.UserObjectId)}",
            $"{ExpiresParameter}={grant.ExpiresAt.ToString(CultureInfo.InvariantCulture)}",
            $"{SignatureParameter}={signature}");
        return new Uri(root, $"export/{Uri.EscapeDataString(grant.ProgrammeId)}/{file}?{query}");
    }

    /// <summary>The grant a link claims (for the programme in its path), or null when its query is not a link's at all.</summary>
    public static (ExportGrant Grant, string Signature)? Read(string programmeId, string? lead, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(lead) || string.IsNullOrEmpty(signature) ||
            !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return null;
        }

        var slash = lead.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == lead.Length - 1)
            return null;
        return (new ExportGrant(programmeId, lead[..slash], lead[(slash + 1)..], expiresAt), signature);
    }
}
