using System.Diagnostics;

namespace MentorBot.Benchmarks.Harness;

/// <summary>
/// A bot as a child process: the real one (the Release build of Bot/, MentorBot.dll) on a data folder, or the load
/// benchmark's echo bot. Its console output goes to a log file beside the data, for profiling a run.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failures;

    private BotProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the bot used so far (read while it runs; a killed or stopped process's is read just before the signal).</summary>
    public TimeSpan Cpu { get; private set; }

    /// <summary>
    /// The real bot (MentorBot.dll) on a data folder: Development (empty app id, so it checks and sends no tokens),
    /// SQLite for both its store and Hangfire, everything else on the bot's defaults unless <paramref name="settings"/>
    /// says otherwise.
    /// </summary>
    public static BotProcess StartMentorBot(string botDll, string dataFolder, string logFile, IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["MentorBot__DataFolder"] = dataFolder,
            ["Storage__Provider"] = "Sqlite",
            ["Jobs__Storage"] = "Sqlite",
            ["Jobs__RunServer"] = "true",
            ["Jobs__QueuePollInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        return Start(botDll, [], logFile, all);
    }

    /// <summary>
    /// Any ASP.NET Core app (<c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c>) on 127.0.0.1 and a port
    /// of its choosing (<see cref="ListeningAsync"/> reads which), its console output in <paramref name="logFile"/> with
    /// UTC timestamps, configured through environment variables.
    /// </summary>
    public static BotProcess Start(string dll, IReadOnlyList<string> arguments, string logFile, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        foreach (var (key, value) in all)
            start.Environment[key] = value;

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, log);
        process.OutputDataReceived += (_, e) => bot.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => bot.OnLine(e.Data);
        process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException($"{Path.GetFileName(dll)} exited before it listened; see {logFile}."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The address the app listens on, from its "Now listening on:" line (Kestrel picked the port).</summary>
    public async Task<Uri> ListeningAsync(TimeSpan timeout) => await _listening.Task.WaitAsync(timeout);

    /// <summary>Lines of the app's log at level fail or crit so far: errors it handled itself (a turn error answers 200).</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>SIGKILL, as a crash or an evicted container: no shutdown, no flushing, nothing finished.</summary>
    public void Kill()
    {
        ReadCpu();
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>
    /// SIGTERM, as a deploy or a scale-in stops a container: the host stops in order (Hangfire cancels its jobs, sends in
    /// flight finish and are recorded). Process.Kill is SIGKILL, so the signal goes through /bin/kill. Returns how long
    /// the bot took to exit.
    /// </summary>
    public TimeSpan Stop(TimeSpan timeout)
    {
        ReadCpu();
        var signalled = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!_process.WaitForExit(timeout))
            throw new TimeoutException($"The bot did not exit within {timeout.TotalSeconds:F0} s of SIGTERM.");
        _process.WaitForExit();
        return signalled.Elapsed;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
        lock (_log)
            _log.Dispose();
    }

    public TimeSpan ReadCpu()
    {
        _process.Refresh();
        if (!_process.HasExited)
            Cpu = _process.TotalProcessorTime;
        return Cpu;
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        const string Listening = "Now listening on: ";
        if (line.IndexOf(Listening, StringComparison.Ordinal) is var at and >= 0)
            _listening.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim()));
        if (line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal))
            Interlocked.Increment(ref _failures);
        lock (_log)
        {
            if (_log.BaseStream is not null)
                _log.WriteLine(line);
        }
    }
}
