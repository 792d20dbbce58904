using System.Diagnostics;
using MentorBot.Benchmarks.Harness;

namespace MentorBot.Benchmarks.FanOut;

/// <summary>
/// One run: a fresh data folder and connector, the world seeded, the bot started as a child process, and the
/// connector watched (polled, with a deadline) until every person has their nudge and the settle time has passed.
/// In the killed run the bot is SIGKILLed once half the nudges arrived and started again on the same data; in the
/// stopped run it gets SIGTERM instead, is waited for until it exits, and is started again.
/// </summary>
internal sealed class FanOutRun(FanOutOptions options, string botDll, string workFolder, TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public async Task<FanOutResult> RunAsync(string name, Interruption interruption, CancellationToken cancellationToken)
    {
        var dataFolder = Path.Combine(workFolder, name);
        Directory.CreateDirectory(dataFolder);
        var logFile = Path.Combine(workFolder, $"{name}.log");
        await using var connector = await TeamsLimitConnector.StartAsync(time);

        var seeding = Stopwatch.StartNew();
        await FanOutWorld.SeedAsync(Path.Combine(dataFolder, "mentorbot.db"), options.Nudges / 2, connector.ServiceUrl, time, cancellationToken);
        Console.WriteLine($"[{name}] seeded {options.Nudges / 2} pairs in {seeding.Elapsed.TotalSeconds:F1} s; data in {dataFolder}, bot log {logFile}");

        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The nudge dispatch every minute, and at once when a restarted bot starts instead of at the next cron minute.
            ["Jobs__Recurring__NudgeDispatch__Cron"] = "* * * * *",
            ["Jobs__Recurring__NudgeDispatch__RunAtStart"] = "true",

            // Only the nudges are measured: check-ins and the pair sweep would write to the same people.
            ["Jobs__Recurring__CheckInDispatch__Cron"] = "0 0 1 1 *",
            ["Jobs__Recurring__PairSweep__Cron"] = "0 0 1 1 *",
        };
        foreach (var (key, value) in options.BotSettings)
            settings[key] = value;
        settings["Messaging__ClaimLease"] = options.ClaimLease.ToString("c");
        var bot = BotProcess.StartMentorBot(botDll, dataFolder, logFile, settings);
        var cpu = TimeSpan.Zero;
        double? exitAfterSignal = null;
        try
        {
            // Generous: three times the time the limit allows, plus a start-up, a cron minute and a claim lease.
            var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(3.0 * options.Nudges / TeamsLimitConnector.TenantLimitPerSecond) + TimeSpan.FromMinutes(2) + options.ClaimLease;
            var interrupted = interruption == Interruption.None;
            var lastReport = time.GetUtcNow();
            while (connector.Distinct < options.Nudges && time.GetUtcNow() < deadline)
            {
                if (!interrupted && connector.Distinct >= options.Nudges / 2)
                {
                    var at = connector.Distinct;
                    if (interruption == Interruption.Killed)
                    {
                        bot.Kill();
                        Console.WriteLine($"[{name}] killed the bot (SIGKILL) at {at} delivered; starting it again");
                    }
                    else
                    {
                        exitAfterSignal = bot.Stop(TimeSpan.FromMinutes(1)).TotalSeconds;
                        Console.WriteLine($"[{name}] stopped the bot (SIGTERM) at {at} delivered; it exited after {exitAfterSignal:F1} s with {connector.Distinct} delivered; starting it again");
                    }

                    cpu += bot.Cpu;
                    bot.Dispose();
                    bot = BotProcess.StartMentorBot(botDll, dataFolder, logFile, settings);
                    interrupted = true;
                }

                if (bot.HasExited)
                    throw new InvalidOperationException($"The bot exited on its own; see {logFile}.");
                if (time.GetUtcNow() - lastReport >= TimeSpan.FromSeconds(10))
                {
                    lastReport = time.GetUtcNow();
                    Console.WriteLine($"[{name}] {connector.Distinct} delivered, {connector.Throttled} answered 429");
                }

                await Task.Delay(Poll, time, cancellationToken);
            }

            // Late duplicates: keep listening past the claim lease and an outbox run (poll to the settle deadline).
            var settle = interruption == Interruption.None ? options.CleanSettle : options.Settle;
            var settleUntil = time.GetUtcNow() + settle;
            Console.WriteLine($"[{name}] {connector.Distinct} delivered; listening {settle.TotalSeconds:F0} s more for late or duplicate messages");
            while (time.GetUtcNow() < settleUntil && !bot.HasExited)
                await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
        }
        finally
        {
            cpu += bot.ReadCpu();
            bot.Dispose();
        }

        return Measure(name, connector, interruption != Interruption.None, seeding.Elapsed.TotalSeconds) with { BotCpu = cpu.TotalSeconds, ExitAfterSignal = exitAfterSignal };
    }

    private FanOutResult Measure(string name, TeamsLimitConnector connector, bool interrupted, double seeding)
    {
        var expected = Enumerable.Range(0, options.Nudges).Select(FanOutWorld.ConversationOf).ToHashSet(StringComparer.Ordinal);
        var deliveries = connector.Deliveries.OrderBy(d => d.At).ToList();
        var firsts = deliveries.GroupBy(d => d.ConversationId).Select(g => g.First()).Where(d => expected.Contains(d.ConversationId)).OrderBy(d => d.At).ToList();
        var duplicates = deliveries.Count(d => expected.Contains(d.ConversationId)) - firsts.Count;
        var identical = deliveries.GroupBy(d => (d.ConversationId, d.ContentHash)).Sum(g => g.Count() - 1);
        var unexpected = deliveries.Count(d => !expected.Contains(d.ConversationId)) + connector.Unexpected;
        if (firsts.Count == 0)
            return new FanOutResult(name, options.Nudges, 0, duplicates, identical, unexpected, connector.Throttled, 0, null, seeding);

        var start = firsts[0].At;
        double Seconds(long at) => time.GetElapsedTime(start, at).TotalSeconds;

        // The gap the kill or stop made: the longest pause between consecutive deliveries.
        double? outage = interrupted ? deliveries.Zip(deliveries.Skip(1), (a, b) => Seconds(b.At) - Seconds(a.At)).DefaultIfEmpty(0).Max() : null;
        PrintTimeline(name, firsts, Seconds);
        return new FanOutResult(name, options.Nudges, firsts.Count, duplicates, identical, unexpected, connector.Throttled, Seconds(firsts[^1].At), outage, seeding);
    }

    // First deliveries per 10 s, so a slow stretch (start-up, a cron wait, a kill) shows where it is.
    private static void PrintTimeline(string name, List<Delivery> firsts, Func<long, double> seconds)
    {
        var buckets = firsts.GroupBy(d => (int)(seconds(d.At) / 10)).ToDictionary(g => g.Key, g => g.Count());
        var line = string.Join(' ', Enumerable.Range(0, buckets.Keys.Max() + 1).Select(b => buckets.GetValueOrDefault(b)));
        Console.WriteLine($"[{name}] first deliveries per 10 s: {line}");
    }
}
