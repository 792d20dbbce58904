using System.Text.RegularExpressions;

namespace MentorBot.Tests.Localization;

/// <summary>
/// Finds the resource keys code passes to a Localizer as literals: text["Key"], text[cond ? "A" : "B"],
/// text.Format("Key", …), text.Get("Key"), turn.Text["Key"] and new Localizer(locale)["Key"]; and the message keys
/// of domain rules, new ValidationError("field", "Key", …). By convention keys are PascalCase,
/// which tells them apart from other literals inside the brackets ("mentee" in a condition).
/// </summary>
internal static partial class ResourceKeysInCode
{
    /// <summary>Key to the files ("path:line") that use it, for every .cs file under the folders (bin and obj excluded).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Scan(IEnumerable<string> folders)
    {
        var uses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories)).Where(IsSource))
        {
            foreach (var (key, line) in Find(File.ReadAllText(file)))
            {
                if (!uses.TryGetValue(key, out var places))
                    uses[key] = places = [];
                places.Add($"{Path.GetFileName(file)}:{line}");
            }
        }

        return uses.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value, StringComparer.Ordinal);
    }

    public static IEnumerable<(string Key, int Line)> Find(string source)
    {
        foreach (Match use in LocalizerUse().Matches(source))
        {
            var line = source.AsSpan(0, use.Index).Count('\n') + 1;
            foreach (Match literal in KeyLiteral().Matches(use.Groups["args"].Value))
                yield return (literal.Groups["key"].Value, line);
        }

        foreach (Match rule in ValidationErrorUse().Matches(source))
            yield return (rule.Groups["key"].Value, source.AsSpan(0, rule.Index).Count('\n') + 1);
    }

    private static bool IsSource(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return !parts.Contains("bin") && !parts.Contains("obj");
    }

    // A receiver that is a Localizer (a variable named text/strings/localizer, a Text property, or a new Localizer(...)), then an
    // indexer or a Get/Format call; "args" is what is inside the brackets or the first argument.
    [GeneratedRegex("""(?:\b(?:text|strings|localizer)|\.Text|\bnew\s+Localizer\((?:[^()]|\([^()]*\))*\))\s*(?:\[(?<args>[^\]]*)\]|\.\s*(?:Get|Format)\(\s*(?<args>"[^"]*"))""")]
    private static partial Regex LocalizerUse();

    // new ValidationError("field", "Key", ...) and the target-typed new("field", "Key", ...) in a list of errors.
    [GeneratedRegex("""new(?:\s+ValidationError)?\(\s*"[A-Za-z]+",\s*"(?<key>[A-Z][A-Za-z0-9]*)\x22""")]
    private static partial Regex ValidationErrorUse();

    [GeneratedRegex("\"(?<key>[A-Z][A-Za-z0-9]*)\"")]
    private static partial Regex KeyLiteral();
}
