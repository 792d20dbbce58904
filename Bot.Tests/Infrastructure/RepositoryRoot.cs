namespace MentorBot.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding MentorBot.sln), so tests can read sources and resources.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A program installed by tools/test.sh under tools/node_modules/.bin.</summary>
    public static string NodeTool(string name) => Combine("tools", "node_modules", ".bin", name);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "MentorBot.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No MentorBot.sln above {AppContext.BaseDirectory}: run the tests from the repository's build output.");
    }
}
