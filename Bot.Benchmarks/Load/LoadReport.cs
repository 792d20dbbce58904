using System.Globalization;
using System.Text;

namespace MentorBot.Benchmarks.Load;

/// <summary>The markdown section for RESULTS.md: both bots, the ratios against the targets, MentorBot's mix, the conditions.</summary>
internal sealed class LoadReport(LoadOptions options, PhaseResult echo, PhaseResult mentor, IReadOnlyList<string> conditions)
{
    public double ThroughputRatio => echo.Throughput > 0 ? mentor.Throughput / echo.Throughput : 0;

    public double P50Ratio => echo.P50 > 0 ? mentor.P50 / echo.P50 : double.PositiveInfinity;

    public double P99Ratio => echo.P99 > 0 ? mentor.P99 / echo.P99 : double.PositiveInfinity;

    public int Errors => echo.Errors + mentor.Errors + echo.LoggedFailures + mentor.LoggedFailures;

    public bool ThroughputMet => ThroughputRatio >= LoadOptions.ThroughputBar;

    public bool P99Met => P99Ratio <= LoadOptions.P99Bar;

    public bool Passed => ThroughputMet && P99Met && Errors == 0;

    public string Markdown()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"# Load: MentorBot against a bare echo bot");
        text.AppendLine();
        Line($"`dotnet run -c Release --project Bot.Benchmarks -- load --rate {options.Rate} --seconds {options.Seconds} --out Bot.Benchmarks/RESULTS.md`: both bots get the same open-loop schedule, {options.Rate} requests/s to `POST /api/messages` ({options.WarmUp} s warm-up, then {options.Seconds} s measured), drawn from the same populations of users in the same order (seeded); each is its own process, and both reply through the same loopback Bot Connector. **{(Passed ? "Targets met" : "Targets not met")}.**");
        text.AppendLine();
        text.AppendLine("| bot | requests measured | throughput | p50 | p99 | max | errors (whole run) | connector messages | bot CPU (measured part) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in new[] { echo, mentor })
            Line($"| {r.Name} | {r.Measured.Count:N0} | {r.Throughput:F1} req/s | {r.P50:F1} ms | {r.P99:F1} ms | {r.Max:F0} ms | {r.Errors}{(r.LoggedFailures > 0 ? $" (+{r.LoggedFailures} failures logged)" : string.Empty)} | {r.ConnectorPosts:N0} | {r.BotCpu:F1} s ({r.CpuPerRequestMs:F1} ms/request) |");
        Line($"| **MentorBot ÷ echo bot** | | **{ThroughputRatio:F2}** (target ≥ {LoadOptions.ThroughputBar}: {Verdict(ThroughputMet)}) | {P50Ratio:F2}× | **{P99Ratio:F2}×** (target ≤ {LoadOptions.P99Bar}×: {Verdict(P99Met)}) | | {Errors} (target 0: {Verdict(Errors == 0)}) | | {(echo.BotCpu > 0 ? mentor.BotCpu / echo.BotCpu : 0):F1}× |");
        text.AppendLine();
        Line($"Per request the echo bot used {echo.CpuPerRequestMs:F1} ms of CPU and MentorBot {mentor.CpuPerRequestMs:F1} ms: at {options.Rate} requests/s that is {echo.CpuPerRequestMs * options.Rate / 1000:F2} and {mentor.CpuPerRequestMs * options.Rate / 1000:F2} of the machine's {Environment.ProcessorCount} cores, before the load generator, the connector and Graph, and before anything else running on the machine.");
        if (echo.Throughput < 0.9 * options.Rate)
        {
            text.AppendLine();
            Line($"**The echo bot itself did not keep up** ({echo.Throughput:F1} of {options.Rate} requests/s answered): the machine had less capacity than the schedule asks, so the requests queued, each got a smaller share of the CPU the more there were, and those not answered within 30 s were abandoned while the bot kept working on them. The ratios then compare two overloaded processes, not MentorBot with its baseline; run again on a machine with the capacity (see the load averages below), or at a lower --rate.");
        }

        text.AppendLine();
        text.AppendLine("MentorBot's requests by kind (measured part):");
        text.AppendLine();
        text.AppendLine("| request | share | count | p50 | p99 | errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        var measured = mentor.Measured;
        foreach (var kind in measured.GroupBy(s => s.Kind).OrderByDescending(g => g.Count()))
            Line($"| {kind.Key} | {(double)kind.Count() / measured.Count:P0} | {kind.Count():N0} | {PhaseResult.Percentile([.. kind], 50):F1} ms | {PhaseResult.Percentile([.. kind], 99):F1} ms | {kind.Count(s => s.Error is not null)} |");
        text.AppendLine();
        text.AppendLine("How it is measured:");
        text.AppendLine();
        Line($"- **Open loop.** Request i is due at start + i/{options.Rate} s and is sent then, without waiting for earlier answers; latency is counted from when it was due to when its HTTP response was read, so a stall cannot hide the requests behind it (no coordinated omission). The generator sent at most {Math.Max(echo.MaxLateness, mentor.MaxLateness):F0} ms after a due time; it, the connector and Graph (one process) used {echo.HarnessCpu:F1} s of CPU during the echo bot's measured part and {mentor.HarnessCpu:F1} s during MentorBot's. Throughput is the requests answered without error in the measured part over the time from its first due time to its last answer.");
        Line($"- **The mix** (MentorBot): virtual users, each in their own personal chat, act after a 2–8 s think time: 15 % ask `help` (the help card); 40 % are newcomers who press Join on the welcome card and answer each onboarding card as Teams posts an Action.Submit (data and every input), typing their goals as text; 45 % are people of the {options.Pairs} seeded pairs who in turn type `find a time` (slots from both calendars: the bot's real GraphServiceClient asks a loopback Graph for getSchedule, and mailboxSettings and users once per person), `check in`, and answer the check-in card with Send (an Action.Execute invoke, answered with the card that replaces it). {mentor.Users:N0} users took part{(mentor.FellBack > 0 ? $"; {mentor.FellBack} arrivals found no paired person ready and asked for help instead" : string.Empty)}. Graph answered {string.Join(", ", mentor.GraphRequests.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value:N0} {kv.Key}"))}.");
        Line($"- **The echo bot**: a bare ASP.NET Core app on the same SDK (Bot Framework 4.23: `ConfigurationBotFrameworkAuthentication`, `CloudAdapter`, an `ActivityHandler` that answers each message with `SendActivityAsync(\"Echo: \" + text)`), as the SDK's EchoBot template builds it; the benchmark's own executable started with a hidden `echo-bot` argument. It gets the same populations, people and order of arrivals, with comparable text where MentorBot gets a card ({echo.Users:N0} users).");
        Line($"- **MentorBot**: the Release `MentorBot.dll` as a process on its embedded defaults (SQLite store and Hangfire on SQLite, jobs running, in a fresh temporary data folder), seeded through its own store classes with one open programme and {options.Pairs} active pairs; Graph through `Graph:BaseUrl` with a static token to the loopback Graph.");
        Line($"- **The same settings for both**: Development, empty `MicrosoftAppId` (no token checked on `/api/messages`, none fetched for the connector: authentication is off for both, so neither pays for JWT validation), server GC, console logging at Information (ASP.NET Core's at Warning), replies through the same loopback Bot Connector, which accepts everything (Teams' 50 messages/s per tenant limit is not enforced here: MentorBot sent {mentor.ConnectorPosts / Math.Max(1.0, options.Seconds + options.WarmUp):F1} messages/s in one tenant).");
        Line($"- **Errors** (none allowed, warm-up included): a non-2xx status, an exception or timeout (30 s), a message without a reply through the connector, or the wrong reply (help without the help card, an onboarding answer without the next step, find a time without slots from both calendars, check in without a card to answer, an answer not recorded); and any line the bot logged at level fail or crit. Connector messages not tied to a request (proactive ones): echo bot {echo.Unpaired}, MentorBot {mentor.Unpaired}.");
        var errors = echo.Samples.Concat(mentor.Samples).Where(s => s.Error is not null).GroupBy(s => s.Kind + ": " + s.Error).Take(8).ToList();
        if (errors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Errors seen (first of each kind):");
            text.AppendLine();
            foreach (var error in errors)
                Line($"- {error.Count()} × {error.Key.Replace("|", "\\|", StringComparison.Ordinal)}");
        }

        text.AppendLine();
        text.AppendLine("Machine and conditions:");
        text.AppendLine();
        foreach (var condition in conditions)
            text.AppendLine("- " + condition);
        Line($"- Load average before → after each bot's run: echo bot {echo.LoadBefore} → {echo.LoadAfter}; MentorBot {mentor.LoadBefore} → {mentor.LoadAfter}. The load generator, the connector and Graph share the cores with the bot under test; other sessions' builds and tests may have shared them too.");
        return text.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "**not met**";
}
