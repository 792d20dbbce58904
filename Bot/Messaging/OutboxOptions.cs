namespace MentorBot.Messaging;

/// <summary>Settings under "Messaging:Outbox": how messages that could not be delivered at once are retried.</summary>
public sealed class OutboxOptions
{
    /// <summary>Retired: moved to Jobs:Recurring:OutboxRetry (Cron and TimeZone). Read only to stop a start-up that still sets it.</summary>
    public string? Schedule { get; set; }

    /// <summary>Delay before the first outbox retry of a failed send; doubles with each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Deliveries (each with its in-call retries) before a message is given up as Failed and logged as an error.
    /// With the default delays this is about a day of trying.
    /// </summary>
    public int MaxDeliveries { get; set; } = 30;

    /// <summary>Pending messages one run of the job handles; the rest wait for the next run.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long a delivered message keeps its text and card (what was sent, for support). After it, the row keeps
    /// only a hash of its recipient and key (so the message is still never sent twice) and its dates; settled
    /// undelivered messages are deleted. At least a day.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A message that found no conversation with its recipient (they had not installed the bot yet) is delivered when
    /// they install it, if it is at most this old; older ones are stale and stay undelivered. Zero turns it off.
    /// </summary>
    public TimeSpan DeliverUnaddressedWithin { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Retired: moved to Jobs:Recurring:OutboxPurge (Cron and TimeZone). Read only to stop a start-up that still sets it.</summary>
    public string? PurgeSchedule { get; set; }
}
