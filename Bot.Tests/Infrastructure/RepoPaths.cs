namespace MentorBot.Tests.Infrastructure;

/// <summary>Finds the repository the tests were built from, so fixtures can start the tools it pins.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding MentorBot.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A program installed by tools/test.sh under tools/node_modules/.bin.</summary>
    public static string NodeTool(string name) => Path.Combine(Root, "tools", "node_modules", ".bin", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MentorBot.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No MentorBot.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
