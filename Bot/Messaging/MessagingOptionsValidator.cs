using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>Fails start-up on messaging settings that would break the at-most-once or rate-limit promises.</summary>
public sealed class MessagingOptionsValidator : IValidateOptions<MessagingOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        var failures = new List<string>();
        CheckWindows(failures, nameof(MessagingOptions.PerConversation), options.PerConversation);
        CheckWindows(failures, nameof(MessagingOptions.PerTenant), options.PerTenant);
        if (options.MaxAttempts is < 1 or > 20)
            failures.Add($"Messaging:MaxAttempts must be between 1 and 20; it is {options.MaxAttempts}.");
        Positive(failures, nameof(MessagingOptions.BaseBackoff), options.BaseBackoff);
        Positive(failures, nameof(MessagingOptions.AttemptTimeout), options.AttemptTimeout);
        if (options.MaxBackoff < options.BaseBackoff)
            failures.Add("Messaging:MaxBackoff must be at least Messaging:BaseBackoff.");
        if (options.MaxThrottleWait < TimeSpan.Zero || options.MaxRetryAfterInCall < TimeSpan.Zero)
            failures.Add("Messaging:MaxThrottleWait and Messaging:MaxRetryAfterInCall cannot be negative.");

        // A lease shorter than a send would let a second sender take over a send still in flight: a duplicate.
        if (options.ClaimLease <= options.LongestSend)
            failures.Add($"Messaging:ClaimLease ({options.ClaimLease}) must exceed the longest send ({options.LongestSend}: MaxAttempts x (MaxThrottleWait + AttemptTimeout) plus the waits between attempts).");

        var outbox = options.Outbox;
        // Retired settings fail loudly rather than being ignored: an operator who set one expects it to take effect.
        if (outbox.Schedule is not null)
            failures.Add("Messaging:Outbox:Schedule is no longer read: set Jobs:Recurring:OutboxRetry:Cron (and :TimeZone) instead, and remove it.");
        if (outbox.FirstRetryDelay < TimeSpan.Zero || outbox.MaxRetryDelay < outbox.FirstRetryDelay)
            failures.Add("Messaging:Outbox:FirstRetryDelay must be >= 0 and at most Messaging:Outbox:MaxRetryDelay.");
        if (outbox.MaxDeliveries < 1)
            failures.Add("Messaging:Outbox:MaxDeliveries must be at least 1.");
        if (outbox.BatchSize is < 1 or > 10_000)
            failures.Add("Messaging:Outbox:BatchSize must be between 1 and 10000.");
        if (outbox.PurgeSchedule is not null)
            failures.Add("Messaging:Outbox:PurgeSchedule is no longer read: set Jobs:Recurring:OutboxPurge:Cron (and :TimeZone) instead, and remove it.");

        // Under a day, a message could lose its text while its sender still reports on it; over ten years is no retention.
        if (outbox.Retention < TimeSpan.FromDays(1) || outbox.Retention > TimeSpan.FromDays(3650))
            failures.Add($"Messaging:Outbox:Retention must be between 1.00:00:00 (a day) and 3650.00:00:00; it is {outbox.Retention}.");
        if (outbox.DeliverUnaddressedWithin < TimeSpan.Zero || outbox.DeliverUnaddressedWithin > outbox.Retention)
            failures.Add($"Messaging:Outbox:DeliverUnaddressedWithin must be between 0 and Messaging:Outbox:Retention; it is {outbox.DeliverUnaddressedWithin}.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckWindows(List<string> failures, string name, IList<RateWindow> windows)
    {
        if (windows.Count == 0)
            failures.Add($"Messaging:{name} needs at least one rate window.");
        foreach (var window in windows)
        {
            if (window.Window <= TimeSpan.Zero || window.Limit < 1)
                failures.Add($"Messaging:{name} has an invalid window ({window}): the window must be positive and the limit at least 1.");
        }
    }

    private static void Positive(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
            failures.Add($"Messaging:{name} must be positive; it is {value}.");
    }
}
