using System.Diagnostics;

namespace MentorBot.Benchmarks;

/// <summary>
/// One measured call: wall-clock time, CPU time of the whole process (all threads; less sensitive than wall time
/// when other work shares the machine) and bytes allocated by all threads. Peak working set is read from the process.
/// </summary>
internal static class Measurement
{
    public static Measured<T> Run<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        process.Refresh();
        return new Measured<T>(result, watch.Elapsed, process.TotalProcessorTime - cpuBefore, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F0} MB";
}

internal sealed record Measured<T>(T Result, TimeSpan Elapsed, TimeSpan Cpu, long Allocated);
