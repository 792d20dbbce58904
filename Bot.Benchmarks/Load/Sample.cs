using System.Diagnostics;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// One request: when it was due on the schedule, sent, and answered (Stopwatch timestamps), its status and what was
/// wrong with it, if anything. Latency counts from when it was due, not when it left: a request the load generator
/// sent late was late for its user too, so a stall cannot hide the requests queued behind it (coordinated omission).
/// </summary>
internal sealed record Sample(int Index, string Kind, bool Measured, long Due, long Sent, long Done, int Status, string? Error)
{
    public double LatencyMs => (Done - Due) * 1000.0 / Stopwatch.Frequency;

    public double LatenessMs => (Sent - Due) * 1000.0 / Stopwatch.Frequency;
}
