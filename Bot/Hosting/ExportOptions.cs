namespace MentorBot.Hosting;

/// <summary>Settings under "Export": the signed links of a lead's CSV export (the `export` command).</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>The fewest characters a signing key may have: 32 random characters are well over HMAC-SHA256's 128-bit security.</summary>
    public const int MinKeyLength = 32;

    /// <summary>
    /// The HMAC-SHA256 key the links are signed with. A secret: user-secrets, an environment variable or Key Vault,
    /// never appsettings.json. Required outside Development; there, when empty, a random key is made at each start (and
    /// links stop working at a restart). Changing it invalidates every link given out.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a link works after `export` gave it.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
