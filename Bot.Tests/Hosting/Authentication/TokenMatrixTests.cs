using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Hosting.Authentication;

/// <summary>
/// /api/messages with authentication on, against a loopback Bot Framework token service over HTTPS (a certificate
/// authority trusted for this run): a token as Teams sends it passes; every way a token can be wrong gets 401, and
/// the activity never reaches the bot (no reply, no conversation remembered, nothing stored).
/// </summary>
public sealed class TokenMatrixTests(TokenWorld world) : IClassFixture<TokenWorld>
{
    private const string AppId = TokenWorld.AppId;

    public static TheoryData<string> Refused =>
    [
        "forged signature", "expired", "wrong audience", "wrong issuer", "other serviceurl", "key not endorsed for msteams",
        "alg none", "HS256 with the public key", "no token", "not a bearer token", "malformed token",
    ];

    [Fact]
    public async Task AValidTeamsToken_IsAccepted_AndTheActivityReachesTheBot()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());

        using var response = await PostAsync(user, BotTokens.Signed(BotTokens.Rs256(world.Identity.Teams), AppId, ServiceUrl, DateTimeOffset.UtcNow.AddMinutes(30)));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: " + string.Join("\n", world.App.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information).Select(e => $"{e.Category} {e.Message} {e.Exception}")));
        Assert.NotNull(await world.App.Services.GetRequiredService<ConversationReferences>().GetAsync(user.TenantId, user.ObjectId, default));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AWrongToken_Gets401_AndNothingReachesTheBot(string wrong)
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        var valid = DateTimeOffset.UtcNow.AddMinutes(30);
        var header = wrong switch
        {
            "forged signature" => Bearer(BotTokens.Signed(BotTokens.Rs256(world.Identity.Attacker, keyId: world.Identity.Teams.Id), AppId, ServiceUrl, valid)),
            "expired" => Bearer(BotTokens.Signed(BotTokens.Rs256(world.Identity.Teams), AppId, ServiceUrl, DateTimeOffset.UtcNow.AddMinutes(-10))),
            "wrong audience" => Bearer(BotTokens.Signed(BotTokens.Rs256(world.Identity.Teams), Guid.NewGuid().ToString(), ServiceUrl, valid)),
            "wrong issuer" => Bearer(BotTokens.Signed(BotTokens.Rs256(world.Identity.Teams), AppId, ServiceUrl, valid, issuer: "https://sts.example.com/")),
            "other serviceurl" => Bearer(BotTokens.Signed(BotTokens.Rs256(world.Identity.Teams), AppId, "https://smba.trafficmanager.net/evil/", valid)),
            "key not endorsed for msteams" => Bearer(BotTokens.Signed(BotTokens.Rs256(world.Identity.OtherChannel), AppId, ServiceUrl, valid)),
            "alg none" => Bearer(BotTokens.Unsigned(world.Identity.Teams.Id, AppId, ServiceUrl, valid)),
            "HS256 with the public key" => Bearer(BotTokens.Signed(BotTokens.Hs256WithPublicKey(world.Identity.Teams), AppId, ServiceUrl, valid)),
            "malformed token" => new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiJ9.not-json.c2ln"),
            "not a bearer token" => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{AppId}:secret"))),
            _ => null,
        };

        using var response = await PostAsync(user, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await world.App.Services.GetRequiredService<ConversationReferences>().GetAsync(user.TenantId, user.ObjectId, default));
        Assert.Empty(world.Connector.ActivitiesIn(user.ConversationId));
    }

    private string ServiceUrl => world.Connector.ServiceUrl.ToString();

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private Task<HttpResponseMessage> PostAsync(TeamsUser user, string token) => PostAsync(user, Bearer(token));

    private async Task<HttpResponseMessage> PostAsync(TeamsUser user, AuthenticationHeaderValue? authorization)
    {
        using var client = world.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(TeamsActivities.Message(user, world.Connector.ServiceUrl, "help").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        return await client.SendAsync(request);
    }
}

/// <summary>One token service, connector and bot for the whole matrix: the bot caches the token service's keys as it would in production.</summary>
public sealed class TokenWorld : IAsyncLifetime
{
    public const string AppId = "0b7c6a2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c";

    private readonly TestCertificateAuthority _authority = new();
    private System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate = null!;

    public LoopbackConnector Connector { get; private set; } = null!;

    public MentorBotApp App { get; private set; } = null!;

    internal LoopbackBotFrameworkIdentity Identity { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _certificate = _authority.IssueServerCertificate();
        Identity = await LoopbackBotFrameworkIdentity.StartAsync(_certificate);
        Connector = await LoopbackConnector.StartAsync();
        App = new MentorBotApp(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = Identity.MetadataUrl.ToString(),

            // Setting any one of the SDK's endpoints makes it take all of them from configuration (a custom cloud), so
            // the rest are the public cloud's own values.
            ["ToBotFromChannelTokenIssuer"] = LoopbackBotFrameworkIdentity.Issuer,
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
            ["CallerId"] = "urn:botframework:azure",
            ["ValidateAuthority"] = "true",
        });
        App.StartServer();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
        _certificate.Dispose();
        _authority.Dispose();
    }
}
