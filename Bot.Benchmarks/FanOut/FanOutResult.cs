using MentorBot.Benchmarks.Harness;

namespace MentorBot.Benchmarks.FanOut;

/// <summary>What one run measured at the connector. Times are seconds from the first accepted message.</summary>
internal sealed record FanOutResult(string Name, int Expected, int Delivered, int Duplicates, int IdenticalDuplicates, int Unexpected, int Throttled, double Span, double? Outage, double Seeding)
{
    /// <summary>CPU seconds the bot process(es) used, start-up and seeding reads included.</summary>
    public double BotCpu { get; init; }

    /// <summary>In the stopped run: seconds from SIGTERM until the bot process exited.</summary>
    public double? ExitAfterSignal { get; init; }

    public int Lost => Expected - Delivered;

    /// <summary>Messages per second from the first accepted message to the last first delivery.</summary>
    public double Rate => Span > 0 ? (Delivered - 1) / Span : 0;

    /// <summary>The same while the bot ran: without the gap between the last delivery before the kill or stop and the first after it.</summary>
    public double RateWhileRunning => Outage is { } gap && Span - gap > 0 ? (Delivered - 2) / (Span - gap) : Rate;

    public static double Share(double rate) => rate / TeamsLimitConnector.TenantLimitPerSecond;
}
