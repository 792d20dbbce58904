using System.Diagnostics;

namespace MentorBot.Benchmarks.FanOut;

/// <summary>
/// The real bot (the Release build of Bot/, MentorBot.dll) as a child process on a data folder: Development (empty app
/// id, so it sends no tokens), SQLite for both its store and Hangfire, the nudge dispatch every minute, the other
/// dispatchers out of the way. Its console output goes to a log file beside the data, for profiling a run.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the bot used so far (read while it runs; a killed or stopped process's is read just before the signal).</summary>
    public TimeSpan Cpu { get; private set; }

    public static BotProcess Start(string botDll, string dataFolder, string logFile, IReadOnlyDictionary<string, string> extraSettings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(botDll);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["MentorBot__DataFolder"] = dataFolder,
            ["Storage__Provider"] = "Sqlite",
            ["Jobs__Storage"] = "Sqlite",
            ["Jobs__RunServer"] = "true",
            ["Jobs__QueuePollInterval"] = "00:00:01",
            ["Jobs__Recurring__NudgeDispatch__Cron"] = "* * * * *",

            // A restarted bot resumes at once instead of waiting for the next cron minute.
            ["Jobs__Recurring__NudgeDispatch__RunAtStart"] = "true",

            // Only the nudges are measured: check-ins and the pair sweep would write to the same people.
            ["Jobs__Recurring__CheckInDispatch__Cron"] = "0 0 1 1 *",
            ["Jobs__Recurring__PairSweep__Cron"] = "0 0 1 1 *",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
        };
        foreach (var (key, value) in extraSettings)
            settings[key] = value;
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log);
    }

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

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            if (log.BaseStream is not null)
                log.WriteLine(line);
        }
    }
}
