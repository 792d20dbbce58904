using System.Text.RegularExpressions;

namespace MentorBot.Storage;

/// <summary>Table names follow Azure's rule so a name that works embedded also works in production.</summary>
internal static partial class TableNames
{
    public static void Check(string name)
    {
        if (name is null || !Pattern().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a valid table name: 3–63 letters or digits, starting with a letter.", nameof(name));
    }

    /// <summary>A prefix put before every table name: letters and digits, starting with a letter.</summary>
    public static void CheckPrefix(string prefix)
    {
        if (prefix is null || !PrefixPattern().IsMatch(prefix))
            throw new ArgumentException($"'{prefix}' is not a valid table-name prefix: up to 40 letters or digits, starting with a letter.", nameof(prefix));
    }

    public static bool IsValidPrefix(string prefix) => prefix.Length == 0 || PrefixPattern().IsMatch(prefix);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex PrefixPattern();
}
