using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorBot.Tests.Hosting.Authentication;

/// <summary>Bearer tokens as the Bot Framework's token service issues them to a bot, and the ways one can be wrong.</summary>
internal static class BotTokens
{
    public static string Signed(SigningCredentials credentials, string audience, string serviceUrl, DateTimeOffset expires, string issuer = LoopbackBotFrameworkIdentity.Issuer)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = expires.AddHours(-1).UtcDateTime,
            IssuedAt = expires.AddHours(-1).UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static SigningCredentials Rs256(LoopbackBotFrameworkIdentity.SigningKey key, string? keyId = null) =>
        new(key.SecurityKey(keyId), SecurityAlgorithms.RsaSha256);

    /// <summary>The "alg confusion" attack: HMAC-SHA256 keyed with the bytes of the published RSA public key, under its key id.</summary>
    public static SigningCredentials Hs256WithPublicKey(LoopbackBotFrameworkIdentity.SigningKey key) =>
        new(new SymmetricSecurityKey(Encoding.ASCII.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem())) { KeyId = key.Id }, SecurityAlgorithms.HmacSha256);

    /// <summary>An unsigned token ("alg": "none") claiming everything a valid one does.</summary>
    public static string Unsigned(string keyId, string audience, string serviceUrl, DateTimeOffset expires)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = LoopbackBotFrameworkIdentity.Issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = expires.AddHours(-1).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
    }
}
