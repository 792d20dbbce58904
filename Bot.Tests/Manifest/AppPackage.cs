using System.Diagnostics;
using System.IO.Compression;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Manifest;

/// <summary>Runs tools/package-app.sh exactly as the README tells an administrator to.</summary>
public static class AppPackage
{
    public const string ScriptPath = "tools/package-app.sh";

    /// <summary>The files Teams reads from the package, all at the zip's root.</summary>
    public static IReadOnlyList<string> Files { get; } = ["manifest.json", "fr-fr.json", "color.png", "outline.png"];

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task<ScriptRun> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ScriptPath);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{ScriptPath} did not finish within {Deadline.TotalSeconds} s.");
        }

        return new ScriptRun(process.ExitCode, (await stdout).Trim(), (await stderr).Trim());
    }

    /// <summary>Builds a package into a fresh temporary folder and reads every file in it.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> BuildAsync(string botId, string domain, params string[] moreArguments)
    {
        var folder = Directory.CreateTempSubdirectory("mentorbot-package-");
        try
        {
            var zip = System.IO.Path.Combine(folder.FullName, "mentorbot.zip");
            var run = await RunScriptAsync(["--bot-id", botId, "--domain", domain, "--out", zip, .. moreArguments]);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"{ScriptPath} failed with exit code {run.ExitCode}: {run.Stderr}");
            return Read(zip);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static IReadOnlyDictionary<string, byte[]> Read(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}

public sealed record ScriptRun(int ExitCode, string Stdout, string Stderr);
