namespace MentorBot.Benchmarks.Harness;

/// <summary>Where the benchmarks find the bot they start as a child process.</summary>
internal static class BotBuild
{
    /// <summary>The Release build of the bot next to this project; dotnet run -c Release builds it through the project reference.</summary>
    public static string Dll()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MentorBot.sln")))
            folder = folder.Parent;
        if (folder is null)
            throw new InvalidOperationException("Run from inside the repository: MentorBot.sln not found above " + AppContext.BaseDirectory);
        var dll = Path.Combine(folder.FullName, "Bot", "bin", "Release", "net10.0", "MentorBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the bot in Release first (dotnet build -c Release Bot).", dll);
    }
}
