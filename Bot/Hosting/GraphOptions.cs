namespace MentorBot.Hosting;

/// <summary>How the bot proves who it is to Microsoft Graph (app-only; the tenant's administrator consents once).</summary>
public enum GraphCredentialKind
{
    /// <summary>Graph is not configured: calendars answer "not configured" and onboarding asks for working hours.</summary>
    None,

    /// <summary>The app registration's client secret (<see cref="GraphOptions.ClientSecret"/>).</summary>
    ClientSecret,

    /// <summary>A certificate registered on the app (<see cref="GraphOptions.CertificatePath"/>, PFX or PEM with its key).</summary>
    Certificate,

    /// <summary>The Azure managed identity of the host (system-assigned, or <see cref="GraphOptions.ManagedIdentityClientId"/>).</summary>
    ManagedIdentity,

    /// <summary>
    /// A fixed bearer token (<see cref="GraphOptions.StaticToken"/>) for a Graph stand-in on loopback: tests and local
    /// development only. Refused for any address that is not loopback.
    /// </summary>
    StaticToken,
}

/// <summary>Settings under "Graph": Microsoft Graph for calendars (free/busy, booking) and the directory.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public GraphCredentialKind Credential { get; set; } = GraphCredentialKind.None;

    /// <summary>The Entra tenant whose calendars the bot reads; people of other tenants get "other tenant".</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id (for a client secret or a certificate).</summary>
    public string? ClientId { get; set; }

    /// <summary>A secret: user-secrets, an environment variable or Key Vault, never appsettings.json.</summary>
    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    /// <summary>The PFX password, when the certificate file has one (a secret, like the client secret).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The token sent with <see cref="GraphCredentialKind.StaticToken"/>; only to a loopback <see cref="BaseUrl"/>.</summary>
    public string? StaticToken { get; set; }

    /// <summary>Graph's address with its version; national clouds have their own, tests point it at loopback.</summary>
    public Uri BaseUrl { get; set; } = new(DefaultBaseUrl);

    /// <summary>How long mailbox settings (working hours, time zone) and user facts are kept before being read again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) request by the SDK's retry handler, which honours Retry-After.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base of the SDK's exponential backoff, in seconds, when Graph sends no Retry-After.</summary>
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>The longest a Graph call may take, retries included: a user is waiting in the chat.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => Credential != GraphCredentialKind.None;
}
