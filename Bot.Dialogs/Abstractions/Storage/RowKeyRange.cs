namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>
/// A range of row keys in ordinal order: from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive);
/// null means unbounded on that side.
/// </summary>
public sealed record RowKeyRange(string? From, string? To)
{
    public static RowKeyRange All { get; } = new(null, null);

    /// <summary>Every row key that starts with <paramref name="prefix"/>.</summary>
    public static RowKeyRange Prefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Length == 0 ? All : new RowKeyRange(prefix, PrefixUpperBound(prefix));
    }

    public bool Contains(string rowKey) =>
        (From is null || string.CompareOrdinal(rowKey, From) >= 0) &&
        (To is null || string.CompareOrdinal(rowKey, To) < 0);

    // The smallest string greater than every string with this prefix: bump the last char that can be bumped.
    private static string? PrefixUpperBound(string prefix)
    {
        var chars = prefix.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] != char.MaxValue)
            {
                chars[i]++;
                return new string(chars, 0, i + 1);
            }
        }

        return null;
    }
}
