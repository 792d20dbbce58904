using MentorBot.Tests.Manifest;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Deploy;

/// <summary>The deploy/ folder's Bicep sources, by path relative to deploy/ with forward slashes; editable in memory.</summary>
public sealed class DeploymentTemplates
{
    public const string Main = "main.bicep";

    private DeploymentTemplates(IReadOnlyDictionary<string, string> files) => Files = files;

    public IReadOnlyDictionary<string, string> Files { get; }

    public static string Folder => RepositoryRoot.Combine("deploy");

    public static DeploymentTemplates Load()
    {
        var files = Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return new DeploymentTemplates(files);
    }

    /// <summary>A copy with one file's text changed; fails if the edit changed nothing, so a stale edit cannot pass silently.</summary>
    public DeploymentTemplates With(string path, Func<string, string> edit)
    {
        var changed = edit(Files[path]);
        if (changed == Files[path])
            throw new InvalidOperationException($"The edit to {path} changed nothing.");
        return new DeploymentTemplates(new Dictionary<string, string>(Files, StringComparer.Ordinal) { [path] = changed });
    }

    public DeploymentTemplates Without(string path)
    {
        var files = new Dictionary<string, string>(Files, StringComparer.Ordinal);
        if (!files.Remove(path))
            throw new InvalidOperationException($"No {path} to remove.");
        return new DeploymentTemplates(files);
    }

    /// <summary>Resolves a module or "using" path written in <paramref name="from"/> to a key of <see cref="Files"/>.</summary>
    public static string Resolve(string from, string relative)
    {
        var folder = Path.GetDirectoryName(from)?.Replace('\\', '/') ?? string.Empty;
        var parts = new List<string>();
        foreach (var part in $"{folder}/{relative}".Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                else
                    parts.Add(part);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
