using System.Collections.Concurrent;
using System.Diagnostics;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A real Azurite Table service on a free loopback port, in memory, for the tests of one collection; stopped with
/// its whole process tree at the end. Fails (never skips) when Azurite is not installed.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account; public, documented, and accepted only by the emulator.
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private string? _workspace;

    public int Port { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/{Account};";

    public async Task InitializeAsync()
    {
        var program = RepositoryRoot.NodeTool("azurite-table");
        if (!File.Exists(program))
            throw new InvalidOperationException($"Azurite is not installed ({program} is missing). Run tools/test.sh, which installs the npm tools and runs the tests.");

        _workspace = Directory.CreateTempSubdirectory("mentorbot-azurite-").FullName;

        // The port is free when chosen but may be taken before Azurite binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = TestPorts.Free();
            _process = Start(program);
            if (await WaitUntilListeningAsync(_process, Port))
                return;

            Stop();
            if (attempt == 3)
            {
                throw new InvalidOperationException(
                    $"Azurite did not start listening on 127.0.0.1 within {StartDeadline.TotalSeconds} s (3 attempts). Its output:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }
        }
    }

    public Task DisposeAsync()
    {
        Stop();
        if (_workspace is not null)
            Directory.Delete(_workspace, recursive: true);
        return Task.CompletedTask;
    }

    private Process Start(string program)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = _workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--disableTelemetry", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> WaitUntilListeningAsync(Process process, int port)
    {
        using var deadline = new CancellationTokenSource(StartDeadline);
        while (!deadline.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                if (await TestPorts.IsListeningAsync(port, deadline.Token))
                    return true;
                await Task.Delay(50, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return false;
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 50)
            _output.TryDequeue(out _);
    }

    private void Stop()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        _process.Dispose();
        _process = null;
    }
}
