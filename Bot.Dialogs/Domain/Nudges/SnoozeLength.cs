using System.Globalization;
using System.Text.RegularExpressions;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// How long `snooze` / `reporter` defers a pair's nudges, from what follows the command: nothing or "a week" (a
/// week), a number of days ("3", "3d", "3 days", "3j", "3 jours") or of weeks ("2w", "2 weeks", "2 semaines"),
/// between <see cref="MinDays"/> and <see cref="MaxDays"/> days.
/// </summary>
public static partial class SnoozeLength
{
    public const int MinDays = 1;
    public const int MaxDays = 30;
    public const int Week = 7;

    /// <summary>The message key for an argument that is not a length in range; its values are <see cref="MinDays"/> and <see cref="MaxDays"/>.</summary>
    public const string ErrorKey = "ErrorSnoozeLength";

    /// <summary>The number of days, or a localisable error (and no days) when the argument is not one.</summary>
    public static (int Days, ValidationError? Error) Parse(string? argument)
    {
        var words = Normalised(argument);
        if (words.Length == 0 || AWeek().IsMatch(words))
            return (Week, null);
        var match = Length().Match(words);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxDays)
            return Refused();
        var days = match.Groups["unit"].Value.StartsWith('w') || match.Groups["unit"].Value.StartsWith('s') ? count * Week : count;
        return days is >= MinDays and <= MaxDays ? (days, null) : Refused();
    }

    private static (int, ValidationError?) Refused() => (0, new ValidationError("snooze", ErrorKey, MinDays, MaxDays));

    private static string Normalised(string? argument) =>
        string.Join(' ', (argument ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^((a|one|1|une) )?(week|semaine)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex AWeek();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3}) ?(?<unit>d|days?|j|jours?|w|weeks?|s|sem|semaines?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Length();
}
