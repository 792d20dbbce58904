using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using MentorBot.Hosting;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MentorBot.Graph;

/// <summary>
/// Builds the one GraphServiceClient of the process: the SDK's own middleware (retry honouring Retry-After, redirects,
/// telemetry...) in its own order, app-only credentials from configuration, and the configured Graph address.
/// </summary>
public static class GraphClients
{
    public static GraphServiceClient Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
            throw new InvalidOperationException("Graph is not configured (Graph:Credential is None).");

        var baseUrl = options.BaseUrl.ToString().TrimEnd('/');

        // The token's audience is the Graph host itself, so national clouds work from the address alone; tokens go
        // to that host only.
        var scope = $"{options.BaseUrl.Scheme}://{options.BaseUrl.Authority}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(Credential(options), [options.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: true, scopes: [scope]);

        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions());
        ConfigureRetries(handlers, options);

        // A pooled handler with a bounded connection lifetime: the client lives as long as the process, DNS does not.
        var network = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };
        var http = GraphClientFactory.Create(handlers, finalHandler: network);
        http.Timeout = options.Timeout;
        http.BaseAddress = new Uri(baseUrl + "/");
        return new GraphServiceClient(http, authentication, baseUrl);
    }

    /// <summary>The credential the configuration asks for; the validator has checked its settings.</summary>
    public static TokenCredential Credential(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Credential switch
        {
            GraphCredentialKind.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            GraphCredentialKind.Certificate => CertificateCredential(options),

            // Not DefaultAzureCredential: production has one right credential, and probing a chain can pick up a
            // developer's login by accident.
            GraphCredentialKind.ManagedIdentity => new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
            GraphCredentialKind.StaticToken => new LoopbackTokenCredential(options.StaticToken!, options.BaseUrl),
            _ => throw new InvalidOperationException($"Graph:Credential {options.Credential} gives no credential."),
        };
    }

    private static ClientCertificateCredential CertificateCredential(GraphOptions options)
    {
        if (string.IsNullOrEmpty(options.CertificatePassword))
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath);
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
        return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate);
    }

    // The SDK's RetryHandler stays, in its place: only its limits come from configuration. It waits what Retry-After
    // says (429, 503, 504) and backs off exponentially from RetryDelaySeconds otherwise.
    private static void ConfigureRetries(IList<DelegatingHandler> handlers, GraphOptions options)
    {
        var index = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (index < 0)
            throw new InvalidOperationException("The Graph SDK's default handlers no longer include its RetryHandler.");
        handlers[index].Dispose();
        handlers[index] = new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = options.RetryDelaySeconds });
    }
}
