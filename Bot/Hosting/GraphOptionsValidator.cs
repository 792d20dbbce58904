using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>Fails start-up on Graph settings that would otherwise fail only when someone asks for a time.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    // The SDK's retry handler refuses more (RetryHandlerOption: at most 10 retries, 180 s delay).
    private const int MaxRetriesLimit = 10;
    private const int RetryDelayLimit = 180;

    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (!Guid.TryParse(options.TenantId, out _))
            failures.Add("Graph:TenantId must be the Entra tenant id (a GUID) whose calendars the bot reads.");
        CheckBaseUrl(options, failures);
        CheckCredential(options, failures);
        if (options.CacheDuration < TimeSpan.Zero)
            failures.Add("Graph:CacheDuration cannot be negative.");
        if (options.MaxRetries is < 0 or > MaxRetriesLimit)
            failures.Add($"Graph:MaxRetries must be between 0 and {MaxRetriesLimit}.");
        if (options.RetryDelaySeconds is < 0 or > RetryDelayLimit)
            failures.Add($"Graph:RetryDelaySeconds must be between 0 and {RetryDelayLimit}.");
        if (options.Timeout <= TimeSpan.Zero)
            failures.Add("Graph:Timeout must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(GraphOptions options, List<string> failures)
    {
        var url = options.BaseUrl;
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            failures.Add("Graph:BaseUrl must be an absolute https address (http only on loopback), e.g. " + GraphOptions.DefaultBaseUrl + ".");
    }

    private static void CheckCredential(GraphOptions options, List<string> failures)
    {
        switch (options.Credential)
        {
            case GraphCredentialKind.ClientSecret:
                RequireClientId(options, failures);
                if (string.IsNullOrWhiteSpace(options.ClientSecret))
                    failures.Add("Graph:ClientSecret is required with Graph:Credential ClientSecret (use user-secrets, an environment variable or Key Vault).");
                break;
            case GraphCredentialKind.Certificate:
                RequireClientId(options, failures);
                if (string.IsNullOrWhiteSpace(options.CertificatePath) || !File.Exists(options.CertificatePath))
                    failures.Add($"Graph:CertificatePath must name an existing certificate file; '{options.CertificatePath}' does not exist.");
                break;
            case GraphCredentialKind.ManagedIdentity:
                if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && !Guid.TryParse(options.ManagedIdentityClientId, out _))
                    failures.Add("Graph:ManagedIdentityClientId must be a GUID (or empty for the system-assigned identity).");
                break;
            case GraphCredentialKind.StaticToken:
                if (string.IsNullOrWhiteSpace(options.StaticToken))
                    failures.Add("Graph:StaticToken is required with Graph:Credential StaticToken.");
                if (options.BaseUrl is not { IsAbsoluteUri: true, IsLoopback: true })
                    failures.Add("Graph:Credential StaticToken is for a Graph stand-in on loopback (tests, local development) only; Graph:BaseUrl is not loopback.");
                break;
            default:
                failures.Add($"Graph:Credential '{options.Credential}' is not supported; use ClientSecret, Certificate, ManagedIdentity or None.");
                break;
        }
    }

    private static void RequireClientId(GraphOptions options, List<string> failures)
    {
        if (!Guid.TryParse(options.ClientId, out _))
            failures.Add("Graph:ClientId must be the app registration's client id (a GUID).");
    }
}
