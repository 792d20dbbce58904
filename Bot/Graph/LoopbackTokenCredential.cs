using Azure.Core;

namespace MentorBot.Graph;

/// <summary>
/// Hands out one fixed bearer token, for a Graph stand-in on loopback (the tests' LoopbackGraph, local development):
/// there is no token service to ask there. It refuses to exist for any other address, so a misconfiguration can
/// never send a made-up token to the real Graph.
/// </summary>
public sealed class LoopbackTokenCredential : TokenCredential
{
    private readonly string _token;

    public LoopbackTokenCredential(string token, Uri baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || !baseUrl.IsLoopback)
            throw new ArgumentException($"A static token is only for a Graph stand-in on loopback, not for {baseUrl}.", nameof(baseUrl));
        _token = token;
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(_token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
