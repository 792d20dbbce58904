using System.Diagnostics;
using System.Globalization;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration.Faults;

/// <summary>
/// Azurite's table service kept on disk, so that it can be stopped (an outage) and started again on the same port with
/// its data: what a storage account that goes away and comes back looks like to the bot.
/// </summary>
internal sealed class RestartableAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);

    private readonly string _workspace = Directory.CreateTempSubdirectory("mentorbot-azurite-outage-").FullName;
    private Process? _process;

    public int Port { get; } = TestPorts.Free();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var program = RepositoryRoot.NodeTool("azurite-table");
        if (!File.Exists(program))
            throw new InvalidOperationException($"Azurite is not installed ({program} is missing). Run tools/test.sh, which installs the npm tools and runs the tests.");
        var start = new ProcessStartInfo(program) { WorkingDirectory = _workspace, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(CultureInfo.InvariantCulture), "--location", _workspace, "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--silent" })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Eventually.TrueAsync(() => TestPorts.IsListeningAsync(Port, CancellationToken.None), $"Azurite listening on {Port}", StartDeadline);
    }

    public async Task StopAsync()
    {
        if (_process is null)
            return;
        // SIGINT, as Ctrl+C: Azurite writes its tables to disk on the way out (a SIGKILL would lose what it had not
        // flushed yet, and the "restarted" account would come back empty).
        using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await interrupt.WaitForExitAsync();
        using (var deadline = new CancellationTokenSource(StartDeadline))
            await _process.WaitForExitAsync(deadline.Token);
        _process.Dispose();
        _process = null;
        await Eventually.TrueAsync(async () => !await TestPorts.IsListeningAsync(Port, CancellationToken.None), $"Azurite no longer listening on {Port}", StartDeadline);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_workspace, recursive: true);
    }
}
