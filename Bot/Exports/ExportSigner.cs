using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MentorBot.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Exports;

/// <summary>
/// Signs and checks export grants with HMAC-SHA256 under Export:SigningKey. In Development without a key it makes a
/// random one for this process (the validator refuses that anywhere else) and says so once, at start-up.
/// </summary>
internal sealed partial class ExportSigner
{
    private readonly byte[] _key;

    public ExportSigner(IOptions<ExportOptions> options, ILogger<ExportSigner> logger)
    {
        var configured = options.Value.SigningKey;
        if (string.IsNullOrEmpty(configured))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            LogRandomKey(logger);
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(configured);
        }
    }

    /// <summary>The signature the link carries: base64url, no padding (43 characters).</summary>
    public string Sign(ExportGrant grant) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, grant.Message()));

    /// <summary>
    /// Whether <paramref name="signature"/> is this grant's, compared in constant time. The expected text is compared,
    /// not decoded bytes, so only the one canonical spelling of a signature is accepted.
    /// </summary>
    public bool Verifies(ExportGrant grant, string signature)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(grant));
        var given = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export:SigningKey is not set: export links are signed with a random key made for this process, so the links given out stop working when it restarts (allowed in Development only).")]
    private static partial void LogRandomKey(ILogger logger);
}
