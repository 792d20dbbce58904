using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Jobs;

/// <summary>How the PostgreSQL fixture finds its programs, and that it fails (never skips) when they are missing.</summary>
public sealed class PostgresBinariesTests
{
    [Fact]
    public void MissingBinaries_FailWithAPointerToTheTestScript()
    {
        using var empty = new TemporaryFolder();

        var error = Assert.Throws<InvalidOperationException>(() => PostgresFixture.FindBinaries([empty.Path], empty.Combine("no-postgresql-here")));

        Assert.Contains("tools/test.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains("initdb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binaries_AreFoundUnderTheNewestInstalledVersion_WhenNotOnPath()
    {
        using var root = new TemporaryFolder();
        foreach (var version in new[] { "9", "15", "13" })
            FakeInstall(root.Combine(version));

        var found = PostgresFixture.FindBinaries([], root.Path);

        Assert.Equal(Path.Combine(root.Path, "15", "bin"), found);
    }

    [Fact]
    public void Binaries_OnPathWin_FollowingASymlinkToTheirRealFolder()
    {
        using var root = new TemporaryFolder();
        var real = FakeInstall(root.Combine("real"));
        var onPath = Directory.CreateDirectory(root.Combine("path")).FullName;
        File.CreateSymbolicLink(Path.Combine(onPath, "initdb"), Path.Combine(real, "initdb"));
        FakeInstall(Path.Combine(root.Path, "installed", "16"));

        var found = PostgresFixture.FindBinaries([onPath], root.Combine("installed"));

        Assert.Equal(real, found);
    }

    private static string FakeInstall(string version)
    {
        var bin = Directory.CreateDirectory(Path.Combine(version, "bin")).FullName;
        foreach (var program in new[] { "initdb", "pg_ctl", "postgres" })
            File.WriteAllText(Path.Combine(bin, program), string.Empty);
        return bin;
    }
}
