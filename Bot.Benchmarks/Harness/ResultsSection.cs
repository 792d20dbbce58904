namespace MentorBot.Benchmarks.Harness;

/// <summary>
/// RESULTS.md holds one section per benchmark between HTML comment markers, so each benchmark rewrites its own and
/// leaves the others' results alone.
/// </summary>
internal static class ResultsSection
{
    public static void Write(string path, string name, string markdown)
    {
        var (start, end) = ($"<!-- {name}:start -->", $"<!-- {name}:end -->");
        var section = $"{start}\n{markdown.TrimEnd()}\n{end}";
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var from = existing.IndexOf(start, StringComparison.Ordinal);
        var to = existing.IndexOf(end, StringComparison.Ordinal);
        var updated = from >= 0 && to > from
            ? existing[..from] + section + existing[(to + end.Length)..]
            : (existing.Length == 0 ? string.Empty : existing.TrimEnd() + "\n\n") + section + "\n";
        File.WriteAllText(path, updated);
    }
}
