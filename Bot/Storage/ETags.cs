using System.Security.Cryptography;

namespace MentorBot.Storage;

internal static class ETags
{
    /// <summary>A fresh opaque ETag; random so two writers can never produce the same one.</summary>
    public static string New() => "W/\"" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "\"";
}
