using System.Globalization;
using System.Text;

namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>
/// Escapes the characters Azure Table Storage forbids in keys (<c>/ \ # ?</c>, U+0000–U+001F, U+007F–U+009F)
/// and the escape character itself as <c>%XX</c> / <c>%uXXXX</c>. Character by character, so an escaped prefix
/// is a prefix of the escaped key and prefix queries keep working.
/// </summary>
public static class KeyEncoding
{
    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!NeedsEscaping(key))
            return key;

        var sb = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            if (IsForbidden(c) || c == '%')
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }

        return sb.ToString();
    }

    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (!encoded.Contains('%', StringComparison.Ordinal))
            return encoded;

        var sb = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length)
            {
                sb.Append((char)int.Parse(encoded.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                sb.Append(encoded[i]);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscaping(string key)
    {
        foreach (var c in key)
        {
            if (IsForbidden(c) || c == '%')
                return true;
        }

        return false;
    }

    // Every forbidden character is below U+00A0, so two hex digits always suffice.
    private static bool IsForbidden(char c) => c is '/' or '\\' or '#' or '?' or <= '\u001F' or (>= '\u007F' and <= '\u009F');
}
