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

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex Pattern();
}
