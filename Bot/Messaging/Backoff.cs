using System.Globalization;
using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>
/// How long to wait before trying again: exponential, with jitter so senders that failed together do not retry
/// together (Teams' advice for 429). The random source is injected so tests can seed it.
/// </summary>
public sealed class Backoff(IOptions<MessagingOptions> options, Random random)
{
    private readonly Lock _gate = new();

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt of one send (1 = the first).</summary>
    public TimeSpan InCall(int failedAttempts) => Jittered(options.Value.BaseBackoff, options.Value.MaxBackoff, failedAttempts);

    /// <summary>The delay before the outbox retries a message whose <paramref name="deliveries"/>-th delivery failed.</summary>
    public TimeSpan Outbox(int deliveries) => Jittered(options.Value.Outbox.FirstRetryDelay, options.Value.Outbox.MaxRetryDelay, deliveries);

    /// <summary>
    /// Reads a Retry-After value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). A date in the past means
    /// "now"; anything unreadable is ignored (null), so the caller falls back to its own backoff.
    /// </summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.FromDays(1).TotalSeconds));
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    // "Equal jitter": half of the exponential step is fixed, half random, so waits still grow with each failure.
    private TimeSpan Jittered(TimeSpan first, TimeSpan max, int step)
    {
        var exponent = Math.Clamp(step - 1, 0, 30);
        var ceiling = Math.Min(first.Ticks * Math.Pow(2, exponent), max.Ticks);
        double jitter;
        lock (_gate)
            jitter = random.NextDouble();
        return TimeSpan.FromTicks((long)((ceiling / 2) + (ceiling / 2 * jitter)));
    }
}
