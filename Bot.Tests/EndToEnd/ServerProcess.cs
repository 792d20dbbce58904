using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// A server the end-to-end tests start as a child process (the bot, the Playground). Keeps its output so a test can
/// wait for the line that says it is ready, and so a failure can show what the server said; kills the whole
/// process tree on dispose, so nothing outlives the test.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 2000;

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly Queue<string> _lines = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _watchers = [];
    private volatile bool _stopping;

    private ServerProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public static ServerProcess Start(string name, ProcessStartInfo startInfo)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.StandardOutputEncoding = Encoding.UTF8;
        startInfo.StandardErrorEncoding = Encoding.UTF8;

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new ServerProcess(name, process);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.Exited += (_, _) => server.OnExited();
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {name} ({startInfo.FileName}).");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits for the first output line matching <paramref name="pattern"/>; fails at once if the process exits first.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var seen = _lines.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success);
            if (seen is not null)
                return seen;
            _watchers.Add((pattern, found));
        }

        if (_process.HasExited)
            OnExited();

        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not print a line matching /{pattern}/ within {timeout.TotalSeconds:0} s. Its output:\n{OutputTail()}");
        }
    }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string OutputTail(int count = 60)
    {
        lock (_gate)
            return string.Join('\n', _lines.Skip(Math.Max(0, _lines.Count - count)));
    }

    public string Output()
    {
        lock (_gate)
            return string.Join('\n', _lines);
    }

    /// <summary>
    /// SIGKILL to the whole process tree, as a crash or an evicted container: nothing is flushed, no job is stopped in
    /// order. Returns once the process is gone, so its connections are closed and its files released.
    /// </summary>
    public async Task KillAsync(TimeSpan timeout)
    {
        _stopping = true;
        _process.Kill(entireProcessTree: true);
        using var exit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(exit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (InvalidOperationException)
        {
            // The process was never started or is already gone.
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in time; the OS reaps it with the test host.
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        List<(TaskCompletionSource<Match> Found, Match Match)> hits = [];
        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines)
                _lines.Dequeue();
            foreach (var watcher in _watchers.ToList())
            {
                var match = watcher.Pattern.Match(line);
                if (match.Success)
                {
                    hits.Add((watcher.Found, match));
                    _watchers.Remove(watcher);
                }
            }
        }

        foreach (var (found, match) in hits)
            found.TrySetResult(match);
    }

    private void OnExited()
    {
        // A kill from DisposeAsync is not a failure; and the Process may be disposed by the time this runs.
        if (_stopping)
            return;

        // Output events may still be in flight when Exited fires; WaitForExit() drains them first.
        _process.WaitForExit();
        List<TaskCompletionSource<Match>> waiting;
        lock (_gate)
        {
            waiting = [.. _watchers.Select(w => w.Found)];
            _watchers.Clear();
        }

        var failure = new InvalidOperationException($"{Name} exited with code {_process.ExitCode}. Its output:\n{OutputTail()}");
        foreach (var found in waiting)
            found.TrySetException(failure);
    }
}
