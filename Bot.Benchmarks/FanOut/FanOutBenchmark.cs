using MentorBot.Benchmarks.Harness;
using MentorBot.Dialogs.Conversations.Nudges;
using System.Runtime.InteropServices;

namespace MentorBot.Benchmarks.FanOut;

/// <summary>
/// The fan-out benchmark's entry point: runs the clean, killed and stopped runs, prints the table and, given --out,
/// writes it into RESULTS.md. Exit code 0 only when every run met the bar: at least 90 % of the limit (while the bot
/// was running), nothing lost, no duplicates; in the killed run (a hard crash) at most the sends that were in flight.
/// </summary>
internal static class FanOutBenchmark
{
    public const double Bar = 0.9;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = FanOutOptions.Parse(args);
        var time = TimeProvider.System;
        var botDll = BotBuild.Dll();
        var workFolder = Path.Combine(Path.GetTempPath(), "mentorbot-fanout", time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(workFolder);
        var conditions = $"Date (UTC) {time.GetUtcNow():yyyy-MM-dd HH:mm}; {Environment.ProcessorCount} logical cores; {RuntimeInformation.OSDescription}; .NET {Environment.Version}; load average before: {Measurement.LoadAverage()}. Other builds shared the cores.";

        var results = new List<FanOutResult>();
        foreach (var run in options.Runs)
        {
            var interruption = run switch
            {
                "killed" => Interruption.Killed,
                "stopped" => Interruption.Stopped,
                _ => Interruption.None,
            };
            var result = await new FanOutRun(options, botDll, workFolder, time).RunAsync(run, interruption, CancellationToken.None);
            Console.WriteLine($"[{run}] delivered {result.Delivered}, lost {result.Lost}, duplicates {result.Duplicates}, 429s {result.Throttled}, span {result.Span:F1} s, {result.Rate:F1} msg/s ({FanOutResult.Share(result.Rate):P1}), while running {result.RateWhileRunning:F1} msg/s; bot CPU {result.BotCpu:F1} s");
            results.Add(result);
        }

        var markdown = FanOutReport.Markdown(options, results, conditions + $" Load average after: {Measurement.LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Out is not null)
        {
            ResultsSection.Write(options.Out, "fanout", markdown);
            Console.WriteLine($"Written to {options.Out}");
        }

        return results.All(r => r.Lost == 0 && r.Duplicates <= AllowedDuplicates(r.Name) && r.Unexpected == 0 && FanOutResult.Share(r.RateWhileRunning) >= Bar) ? 0 : 1;
    }

    // A hard crash may repeat what was in flight (see FanOutReport); nothing else may repeat anything.
    private static int AllowedDuplicates(string run) => run == "killed" ? NudgeDispatch.PairsAtOnce : 0;
}
