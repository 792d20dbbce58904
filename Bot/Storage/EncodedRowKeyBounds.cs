using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Storage;

/// <summary>
/// Bounds on escaped row keys that hold every key of a <see cref="RowKeyRange"/>. Escaping does not keep order
/// ("a/" escapes to "a%2F", which sorts before "a+"), so the bounds of the range cannot simply be escaped. It does
/// keep prefixes, and every key between From and To starts with their common prefix: the server is asked for
/// that escaped prefix, and the exact range is applied after decoding.
/// </summary>
internal sealed record EncodedRowKeyBounds(string? From, string? To)
{
    public static EncodedRowKeyBounds For(RowKeyRange range)
    {
        if (range.From is null || range.To is null)
            return new EncodedRowKeyBounds(null, null);

        var length = 0;
        while (length < range.From.Length && length < range.To.Length && range.From[length] == range.To[length])
            length++;

        // Never cut a surrogate pair: a lone surrogate cannot travel in a request.
        if (length > 0 && char.IsHighSurrogate(range.From[length - 1]))
            length--;
        if (length == 0)
            return new EncodedRowKeyBounds(null, null);

        var prefix = KeyEncoding.Encode(range.From[..length]);
        return new EncodedRowKeyBounds(prefix, UpperBound(prefix));
    }

    // The smallest string above every escaped key with this prefix: bump the last character to the next one that
    // can appear in a request. Null (unbounded) where that would need a surrogate; the result is then a superset.
    private static string? UpperBound(string prefix)
    {
        var last = prefix[^1];
        if (char.IsSurrogate(last))
            return null;
        var next = last + 1;
        while (next < 0xFFFF && (IsControl((char)next) || char.IsSurrogate((char)next)))
            next++;
        return next >= 0xFFFF ? null : string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)next).ToString());
    }

    private static bool IsControl(char c) => c is <= '\u001F' or (>= '\u007F' and <= '\u009F');
}
