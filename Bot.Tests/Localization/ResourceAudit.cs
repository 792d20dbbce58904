using System.Globalization;
using System.Text.RegularExpressions;

namespace MentorBot.Tests.Localization;

/// <summary>Checks one language's strings against another's; each method returns the problems it found, worded for a human.</summary>
internal static partial class ResourceAudit
{
    public static IReadOnlyList<string> KeysInOneLanguageOnly(string nameA, IReadOnlyDictionary<string, string> a, string nameB, IReadOnlyDictionary<string, string> b) =>
        [.. a.Keys.Except(b.Keys).Select(k => $"'{k}' is in {nameA} but not in {nameB}"),
         .. b.Keys.Except(a.Keys).Select(k => $"'{k}' is in {nameB} but not in {nameA}")];

    public static IReadOnlyList<string> EmptyValues(string name, IReadOnlyDictionary<string, string> strings) =>
        [.. strings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => $"'{s.Key}' is empty in {name}")];

    public static IReadOnlyList<string> PlaceholderMismatches(string nameA, IReadOnlyDictionary<string, string> a, string nameB, IReadOnlyDictionary<string, string> b) =>
        [.. a.Keys.Intersect(b.Keys)
            .Where(k => !Placeholders(a[k]).SetEquals(Placeholders(b[k])))
            .Select(k => $"'{k}' has placeholders {{{string.Join(",", Placeholders(a[k]).Order())}}} in {nameA} but {{{string.Join(",", Placeholders(b[k]).Order())}}} in {nameB}")];

    /// <summary>Values string.Format cannot fill (a stray brace, a gap in the numbering), given as many arguments as they use.</summary>
    public static IReadOnlyList<string> UnformattableValues(string name, IReadOnlyDictionary<string, string> strings)
    {
        var problems = new List<string>();
        foreach (var (key, value) in strings)
        {
            var placeholders = Placeholders(value);
            var count = placeholders.Count == 0 ? 0 : placeholders.Max() + 1;
            if (placeholders.Count != count)
                problems.Add($"'{key}' in {name} skips a placeholder number: {{{string.Join(",", placeholders.Order())}}}");
            try
            {
                var formatted = string.Format(CultureInfo.InvariantCulture, value, [.. Enumerable.Range(0, count).Select(i => (object)$"<arg{i}>")]);
                if (PlaceholderPattern().IsMatch(formatted))
                    problems.Add($"'{key}' in {name} still holds a placeholder once formatted: {formatted}");
            }
            catch (FormatException e)
            {
                problems.Add($"'{key}' in {name} is not a valid format string: {e.Message}");
            }
        }

        return problems;
    }

    public static IReadOnlySet<int> Placeholders(string value) =>
        PlaceholderPattern().Matches(value).Select(m => int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)).ToHashSet();

    // {0}, {1:N0}, {2,5}; not the escaped {{0}}.
    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)(?:,[^{}:]*)?(?::[^{}]*)?\}(?!\})")]
    private static partial Regex PlaceholderPattern();
}
