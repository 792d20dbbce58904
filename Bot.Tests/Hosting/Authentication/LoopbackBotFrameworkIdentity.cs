using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace MentorBot.Tests.Hosting.Authentication;

/// <summary>
/// What the Bot Framework's token service publishes, on loopback HTTPS: the OpenID metadata document and a JWKS whose
/// keys carry <c>endorsements</c> (the channels each key may sign for). One key is endorsed for msteams; another,
/// equally valid, only for another channel; a third (the attacker's) is never published.
/// </summary>
internal sealed class LoopbackBotFrameworkIdentity : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;

    private LoopbackBotFrameworkIdentity(WebApplication app) => _app = app;

    public SigningKey Teams { get; } = new("teams-" + Guid.NewGuid().ToString("N")[..8], ["msteams"]);

    public SigningKey OtherChannel { get; } = new("skype-" + Guid.NewGuid().ToString("N")[..8], ["skype"]);

    /// <summary>Never published: a token it signs, even under the Teams key's id, is forged.</summary>
    public SigningKey Attacker { get; } = new("attacker", ["msteams"]);

    public Uri MetadataUrl { get; private set; } = null!;

    public static async Task<LoopbackBotFrameworkIdentity> StartAsync(X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var identity = new LoopbackBotFrameworkIdentity(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (Microsoft.AspNetCore.Http.HttpContext context) =>
        {
            var self = $"{context.Request.Scheme}://{context.Request.Host}";
            return Microsoft.AspNetCore.Http.Results.Text(new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = $"{self}/v1/.well-known/authorize",
                ["jwks_uri"] = $"{self}/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString(), "application/json");
        });
        app.MapGet("/v1/.well-known/keys", () => Microsoft.AspNetCore.Http.Results.Text(
            new JsonObject { ["keys"] = new JsonArray(identity.Teams.Jwk(), identity.OtherChannel.Jwk()) }.ToJsonString(), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        identity.MetadataUrl = new Uri(address.TrimEnd('/') + "/v1/.well-known/openidconfiguration");
        return identity;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Teams.Dispose();
        OtherChannel.Dispose();
        Attacker.Dispose();
    }

    /// <summary>An RSA signing key with its id and the channels it is endorsed for.</summary>
    internal sealed class SigningKey(string id, string[] endorsements) : IDisposable
    {
        public RSA Rsa { get; } = RSA.Create(2048);

        public string Id { get; } = id;

        public RsaSecurityKey SecurityKey(string? keyId = null) => new(Rsa) { KeyId = keyId ?? Id };

        public JsonObject Jwk()
        {
            var parameters = Rsa.ExportParameters(includePrivateParameters: false);
            return new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = Id,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
            };
        }

        public void Dispose() => Rsa.Dispose();
    }
}
