using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL server for the tests: initdb into a temp folder, started on 127.0.0.1 with a free
/// port and its unix socket inside that folder, trust authentication on loopback only, stopped and deleted on
/// dispose. initdb and postgres refuse to run as root, so as root the server runs as the `postgres` OS user.
/// Missing binaries fail the tests (never skip them): tools/test.sh installs PostgreSQL.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private TemporaryFolder? _folder;
    private string? _binaries;
    private string? _logPath;
    private bool _running;

    public int Port { get; private set; }

    /// <summary>Connection string to the server's "postgres" database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Timeout = 5,
    }.ConnectionString;

    public async Task InitializeAsync()
    {
        try
        {
            await InitializeServerAsync();
        }
        catch
        {
            try
            {
                await DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // The start failure below says more than a failed clean-up would.
            }

            throw;
        }
    }

    private async Task InitializeServerAsync()
    {
        _binaries = FindBinaries((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), "/usr/lib/postgresql");
        _folder = new TemporaryFolder("mentorbot-pg-");
        var asRoot = Environment.IsPrivilegedProcess;
        if (asRoot)
            await RunAsync("chown", ["-R", $"{SuperUser}:", _folder.Path], asServerUser: false);

        // --no-sync and fsync=off: a test database is thrown away, durability only costs time.
        await RunAsync(Binary("initdb"), ["-D", DataPath, "-U", SuperUser, "--auth-local=trust", "--auth-host=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], asRoot);

        // A port taken between FindFree and bind makes the start fail; try a few ports before giving up.
        for (var attempt = 1; ; attempt++)
        {
            Port = TestPorts.Free();
            _logPath = _folder.Combine($"server-{attempt}.log");
            try
            {
                await StartAsync(asRoot);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && ReadLog().Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                await StopAsync();
            }
        }
    }

    /// <summary>Creates an empty database and returns its connection string, so each test gets its own.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefix.Length, 30);
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    /// <summary>Stops the server (fast shutdown), e.g. to see how the app behaves when its database goes away.</summary>
    public async Task StopAsync()
    {
        if (!_running || _folder is null)
            return;
        _running = false;

        // A server that died on its own (a failed start) left no postmaster.pid and needs no stopping.
        if (!File.Exists(Path.Combine(DataPath, "postmaster.pid")))
            return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Binary("pg_ctl"), ["stop", "-D", DataPath, "-m", "fast", "-w", "-t", "30"], Environment.IsPrivilegedProcess);
        }
        catch (InvalidOperationException)
        {
            await RunAsync(Binary("pg_ctl"), ["stop", "-D", DataPath, "-m", "immediate", "-w", "-t", "30"], Environment.IsPrivilegedProcess);
        }
    }

    /// <summary>
    /// Starts a server <see cref="StopAsync"/> stopped, on the same port and data folder: its databases come back as
    /// they were, as after a database outage. Waits until it accepts connections.
    /// </summary>
    public async Task StartAgainAsync()
    {
        if (_running || _folder is null)
            throw new InvalidOperationException("The server is running, or was never started.");

        // A log of its own: the last one ends with "database system is shut down", which would read as a failed start.
        _logPath = _folder.Combine($"server-{Guid.NewGuid():N}.log");
        await StartAsync(Environment.IsPrivilegedProcess);
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _folder?.Dispose();
    }

    private string DataPath => _folder!.Combine("data");

    private string SocketPath => _folder!.Path;

    private string LogPath => _logPath ?? _folder!.Combine("server.log");

    private string Binary(string name) => Path.Combine(_binaries!, name);

    private async Task StartAsync(bool asRoot)
    {
        var settings = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-c unix_socket_directories={SocketPath}",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-c shared_buffers=32MB -c max_connections=200");

        // pg_ctl detaches the server; -W: we wait ourselves, by connecting, with a deadline.
        await RunAsync(Binary("pg_ctl"), ["start", "-D", DataPath, "-l", LogPath, "-W", "-o", settings], asRoot);
        _running = true;

        var deadline = DateTime.UtcNow + StartTimeout;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                if (DateTime.UtcNow > deadline || ServerGaveUp())
                    throw new InvalidOperationException($"PostgreSQL did not accept connections on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds} s. Server log:\n{ReadLog()}", e);
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }

    // "FATAL: the database system is starting up" is what our own early connection attempts cause; any other
    // FATAL, or a shutdown, means the server will not come up and waiting longer is pointless.
    private bool ServerGaveUp() => ReadLog().Split('\n').Any(line =>
        line.Contains("database system is shut down", StringComparison.Ordinal) ||
        (line.Contains("FATAL", StringComparison.Ordinal) && !line.Contains("starting up", StringComparison.Ordinal)));

    private string ReadLog()
    {
        try
        {
            return File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no log)";
        }
        catch (IOException)
        {
            return "(log unreadable)";
        }
    }

    /// <summary>The folder holding initdb, pg_ctl and postgres: from PATH, else the newest &lt;installRoot&gt;/*/bin.</summary>
    internal static string FindBinaries(IEnumerable<string> pathFolders, string installRoot)
    {
        var candidates = pathFolders
            .Select(ResolveFolderOfInitdb)
            .Concat(Directory.Exists(installRoot)
                ? Directory.GetDirectories(installRoot).OrderByDescending(VersionOf).Select(v => Path.Combine(v, "bin"))
                : []);
        foreach (var folder in candidates)
        {
            if (folder is not null && new[] { "initdb", "pg_ctl", "postgres" }.All(b => File.Exists(Path.Combine(folder, b))))
                return folder;
        }

        throw new InvalidOperationException(
            "PostgreSQL binaries (initdb, pg_ctl, postgres) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
            "The job tests need a real PostgreSQL 15: run tools/test.sh, which installs it and runs the tests.");
    }

    // /usr/local/bin/initdb may be a symlink; pg_ctl and postgres sit next to its target.
    private static string? ResolveFolderOfInitdb(string folder)
    {
        var initdb = Path.Combine(folder, "initdb");
        if (!File.Exists(initdb))
            return null;
        var target = File.ResolveLinkTarget(initdb, returnFinalTarget: true)?.FullName ?? initdb;
        return Path.GetDirectoryName(target);
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    private static int VersionOf(string folder) =>
        int.TryParse(Path.GetFileName(folder), NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) ? version : 0;

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // The server user may not be able to enter the test's working directory.
            WorkingDirectory = _folder?.Path ?? Path.GetTempPath(),
        };
        if (asServerUser)
        {
            // Root becomes postgres without a password or a login shell: runuser (util-linux), else setpriv.
            string[] prefix = OnPath("runuser") is { } runuser
                ? [runuser, "-u", SuperUser, "--", program]
                : [OnPath("setpriv") ?? "setpriv", $"--reuid={SuperUser}", $"--regid={SuperUser}", "--init-groups", "--", program];
            start.FileName = prefix[0];
            foreach (var argument in prefix.Skip(1))
                start.ArgumentList.Add(argument);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["LC_ALL"] = "C";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {StartTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{start.FileName} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}:\n{await output}\n{await error}\nServer log:\n{ReadLog()}");
        }
    }
}
