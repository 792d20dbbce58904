using System.Globalization;
using MentorBot.Benchmarks.Harness;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// One bot under the schedule: waits until it listens (and answers its health check), runs the open loop against its
/// /api/messages, and reads what the connector, Graph and the bot's process saw meanwhile.
/// </summary>
internal sealed class LoadPhase(LoadOptions options, HttpClient http, TeamsLimitConnector connector, LoopbackGraph graph, ReplyBook replies)
{
    public async Task<PhaseResult> RunAsync(string name, BotProcess bot, Mix mix, string? healthPath, CancellationToken cancellationToken)
    {
        var address = await bot.ListeningAsync(TimeSpan.FromMinutes(2));
        if (healthPath is not null)
            await HealthyAsync(new Uri(address, healthPath), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{name}] listening on {address}; {options.WarmUp} s warm-up then {options.Seconds} s measured at {options.Rate} requests/s"));

        var loadBefore = Measurement.LoadAverage();
        var (posts, unpaired, graphBefore) = (replies.Posts, replies.Unpaired, graph.Requests);
        using var harness = System.Diagnostics.Process.GetCurrentProcess();
        var (cpuAtStart, harnessAtStart) = (TimeSpan.Zero, TimeSpan.Zero);
        var samples = await new OpenLoop(http, new Uri(address, "/api/messages"), connector.ServiceUrl, replies).RunAsync(
            mix,
            options.Rate,
            TimeSpan.FromSeconds(options.WarmUp),
            TimeSpan.FromSeconds(options.Seconds),
            () => (cpuAtStart, harnessAtStart) = (bot.ReadCpu(), harness.TotalProcessorTime),
            cancellationToken);
        var cpu = bot.ReadCpu() - cpuAtStart;
        harness.Refresh();
        var graphAfter = graph.Requests;
        return new PhaseResult(name, samples)
        {
            BotCpu = cpu.TotalSeconds,
            HarnessCpu = (harness.TotalProcessorTime - harnessAtStart).TotalSeconds,
            ConnectorPosts = replies.Posts - posts,
            Unpaired = replies.Unpaired - unpaired,
            LoggedFailures = bot.Failures,
            LoadBefore = loadBefore,
            LoadAfter = Measurement.LoadAverage(),
            Users = mix.Users,
            FellBack = mix.FellBack,
            GraphRequests = graphAfter.ToDictionary(kv => kv.Key, kv => kv.Value - graphBefore.GetValueOrDefault(kv.Key), StringComparer.Ordinal),
        };
    }

    // Listening is not ready: the bot opens its stores and starts its job server first. Poll with a deadline.
    private async Task HealthyAsync(Uri health, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline)
            {
            }

            if (DateTimeOffset.UtcNow >= deadline)
                throw new TimeoutException($"{health} did not answer 2xx within 2 minutes.");
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
