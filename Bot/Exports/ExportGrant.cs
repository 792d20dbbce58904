using System.Buffers.Binary;
using System.Text;

namespace MentorBot.Exports;

/// <summary>
/// What an export link grants, and what its signature covers: one programme's files, to one lead (tenant and Entra
/// object id), until an instant (Unix seconds, as the link carries it).
/// </summary>
internal sealed record ExportGrant(string ProgrammeId, string TenantId, string UserObjectId, long ExpiresAt)
{
    // Names the message's layout, so a future change of it cannot make an old signature verify a different meaning.
    private static readonly byte[] Purpose = "mentorbot-export-v1"u8.ToArray();

    public DateTimeOffset Expiry => DateTimeOffset.FromUnixTimeSeconds(ExpiresAt);

    /// <summary>
    /// The bytes signed: each field length-prefixed, so no choice of ids can make two different grants read the same
    /// ("a|b" + "c" against "a" + "b|c").
    /// </summary>
    public byte[] Message()
    {
        using var message = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var field in new[] { Purpose, Bytes(ProgrammeId), Bytes(TenantId), Bytes(UserObjectId), Bytes(ExpiresAt.ToString(System.Globalization.CultureInfo.InvariantCulture)) })
        {
            BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
            message.Write(length);
            message.Write(field);
        }

        return message.ToArray();
    }

    private static byte[] Bytes(string value) => Encoding.UTF8.GetBytes(value);
}
