using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace MentorBot.Teams;

/// <summary>
/// The Bot Framework authentication with one connector client per (bot, service URL, audience) for the life of the
/// process, as the older BotFrameworkAdapter kept them. The CloudAdapter asks for a new client every turn, and each
/// new ConnectorClient builds its JSON contract resolver afresh, so every message paid for reflecting over the whole
/// Activity model again, emitting dynamic methods the JIT compiles and the single finalizer thread later frees (most
/// of the bot's CPU per message, measured by the fan-out and load benchmarks; under load the finalizer fell behind).
/// Both ways in go through the shared clients: the factory a proactive send asks for, and the one an incoming turn's
/// authentication result carries, which replies use. The turn disposes the client it was given; what it gets is a
/// view that leaves the shared client open.
/// </summary>
public sealed class SharedConnectorClients(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Lazy<Task<IConnectorClient>>> _clients = new();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new Factory(this, inner.CreateConnectorFactory(claimsIdentity), BotAppId(claimsIdentity));

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Shared(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Shared(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // The CloudAdapter makes the turn's connector client from the factory in the result, not from CreateConnectorFactory.
    private AuthenticateRequestResult Shared(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not Factory)
            result.ConnectorFactory = new Factory(this, factory, BotAppId(result.ClaimsIdentity));
        return result;
    }

    // As the SDK reads it: the audience (a channel's token), else the app id claim (the Emulator's); none when auth is off.
    private static string? BotAppId(ClaimsIdentity? identity) =>
        (identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim) ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim))?.Value;

    private sealed class Factory(SharedConnectorClients owner, ConnectorFactory inner, string? appId) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var key = (appId, serviceUrl, audience);
            var shared = owner._clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(() => inner.CreateAsync(serviceUrl, audience, CancellationToken.None)));
            try
            {
                return new UndisposedConnectorClient(await shared.Value.WaitAsync(cancellationToken));
            }
            catch (Exception) when (shared.Value.IsFaulted)
            {
                // A failed creation (credentials unavailable) is not kept: the next turn tries again.
                owner._clients.TryRemove(new KeyValuePair<(string?, string, string?), Lazy<Task<IConnectorClient>>>(key, shared));
                throw;
            }
        }
    }
}
