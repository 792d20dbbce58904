namespace MentorBot.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted (best effort) on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix = "mentorbot-test-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a server that is shutting down; the OS temp cleaner gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
