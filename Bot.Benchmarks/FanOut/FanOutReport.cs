using System.Globalization;
using System.Text;
using MentorBot.Benchmarks.Harness;
using MentorBot.Dialogs.Conversations.Nudges;

namespace MentorBot.Benchmarks.FanOut;

/// <summary>The markdown section for RESULTS.md: one row per run, then how it was measured.</summary>
internal static class FanOutReport
{
    public static string Markdown(FanOutOptions options, IReadOnlyList<FanOutResult> results, string conditions)
    {
        var text = new StringBuilder();
        text.AppendLine("# Fan-out at Teams' limit");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{options.Nudges:N0} no-meeting nudges ({options.Nudges / 2:N0} quiet pairs, one tenant) sent by the real bot (Release build, child process, SQLite store and Hangfire, nudge dispatch every minute) to a loopback Bot Connector that enforces Teams' published limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/3600 s; {TeamsLimitConnector.TenantLimitPerSecond} requests/s per app per tenant, sliding windows) and answers 429 with `Retry-After` above them.");
        text.AppendLine();
        text.AppendLine("| run | delivered | lost | duplicates | 429s answered | first → last delivery | throughput | of the 50/s limit | bot CPU |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var rate = r.Outage is { } gap
                ? $"{r.Rate:F1} msg/s end to end; **{r.RateWhileRunning:F1} msg/s** without the {gap:F1} s outage"
                : $"**{r.Rate:F1} msg/s**";
            var share = r.Outage is null
                ? $"**{FanOutResult.Share(r.Rate):P1}**"
                : $"{FanOutResult.Share(r.Rate):P1}; **{FanOutResult.Share(r.RateWhileRunning):P1}** while running";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Delivered:N0} of {r.Expected:N0} | {r.Lost} | {r.Duplicates} ({r.IdenticalDuplicates} identical) | {r.Throttled:N0} | {r.Span:F1} s | {rate} | {share} | {r.BotCpu:F0} s ({1000 * r.BotCpu / Math.Max(1, r.Delivered):F1} ms/msg) |");
        }

        text.AppendLine();
        var stop = results.FirstOrDefault(r => r.ExitAfterSignal is not null)?.ExitAfterSignal is { } exit ? string.Create(CultureInfo.InvariantCulture, $" (here it exited {exit:F1} s after the signal)") : string.Empty;
        text.AppendLine("- **clean**: one bot process from start to end. **killed**: a fresh store; the bot is killed with SIGKILL (a crash, an evicted container) once half the nudges arrived and started again at once on the same data. **stopped**: the same with SIGTERM (a deploy, a scale-in): the host stops in order, the bot is waited for until it exits" + stop + ", then started again. The outage is the longest pause between two deliveries (the stop, the start-up; the bot runs the nudge dispatch once at start, `Jobs:Recurring:NudgeDispatch:RunAtStart`, instead of waiting for its next cron minute); \"while running\" leaves it out.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- An orderly stop sends nothing twice: the jobs' cancellation stops every send that has not left yet (its claim is put back as due at once), and a request already on its way to the Bot Connector is not aborted but finishes (at most `Messaging:AttemptTimeout`) and is recorded as sent; Hangfire's and the host's shutdown timeouts leave room for that. A hard crash cannot do the same: between the connector accepting a message and the ledger recording it there is a window no process can close, and the Bot Connector API takes no idempotency key, so a message whose outcome was not recorded is either sent again when its claim lapses (a duplicate) or never (a possible loss). The bot chooses at-least-once, and the duplicates are bounded by the sends in flight at the crash: at most {NudgeDispatch.PairsAtOnce} (pairs dispatched at once, one send in flight each); the bar for the killed run is therefore at most {NudgeDispatch.PairsAtOnce} duplicates, for the others none.");
        text.AppendLine("- delivered: people with at least one accepted (2xx) message; duplicates: accepted messages beyond the first in someone's chat (each person is owed exactly one), of which identical: the same card twice; lost: people without one once the connector stopped listening.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- After the last first delivery the connector kept listening: {options.Settle.TotalSeconds:F0} s in the killed and stopped runs (the bot's `Messaging:ClaimLease`, set to {options.ClaimLease.TotalSeconds:F0} s, plus an outbox run), so a message the first process left claimed would have shown up as a duplicate; {options.CleanSettle.TotalSeconds:F0} s in the clean run (a dispatch minute and an outbox run).");
        text.AppendLine("- Throughput: (delivered − 1) ÷ (last first delivery − first delivery), measured at the connector.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {conditions}");
        text.AppendLine();
        text.AppendLine("Reproduce (a few minutes per run at 50/s; the bot's logs land beside the data in the temp folder):");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine("dotnet run -c Release --project Bot.Benchmarks -- fanout --nudges 10000 --out Bot.Benchmarks/RESULTS.md");
        text.AppendLine("dotnet run -c Release --project Bot.Benchmarks -- fanout --nudges 1000 --runs clean --settle 70   # a quick look");
        text.AppendLine("```");
        return text.ToString();
    }
}
