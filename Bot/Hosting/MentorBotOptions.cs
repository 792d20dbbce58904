using System.ComponentModel.DataAnnotations;

namespace MentorBot.Hosting;

/// <summary>Settings of our own, under "MentorBot".</summary>
public sealed class MentorBotOptions
{
    public const string Section = "MentorBot";

    /// <summary>Entra tenant ids allowed to use the bot; empty means every tenant.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// The organisation's programme leads (they may create programmes): "tenantId/objectId", or a bare Entra object id
    /// of <see cref="LeadsTenantId"/>.
    /// </summary>
    public IList<string> Leads { get; } = [];

    /// <summary>The tenant of the bare object ids in <see cref="Leads"/>; defaults to MicrosoftAppTenantId.</summary>
    public string? LeadsTenantId { get; set; }

    /// <summary>
    /// Set (to the Playground's tenant, by tools/run.sh) to seed a demo programme with mentees waiting, so one person
    /// can try matching and scheduling; empty in every real deployment.
    /// </summary>
    public string? DemoTenantId { get; set; }

    /// <summary>Where embedded stores keep their files; relative paths are under the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = ".data";

    /// <summary>
    /// The address people's browsers reach this host at (its public https address in Azure, behind any proxy), for the
    /// links the bot gives out that it serves itself (a lead's export). Teams' service URL on an activity is Teams', not
    /// ours, and the address Kestrel listens on is not what a browser sees behind App Service. Required outside
    /// Development; there it defaults to <see cref="DevelopmentPublicBaseUrl"/>.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Where tools/run.sh has Kestrel listen (its default MENTORBOT_PORT).</summary>
    public static Uri DevelopmentPublicBaseUrl { get; } = new("http://127.0.0.1:3978/");

    /// <summary>Largest activity accepted on /api/messages; Teams activities are a few KiB, so this is generous.</summary>
    [Range(16 * 1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;
}
