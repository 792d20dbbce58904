namespace MentorBot.Messaging;

/// <summary>
/// Settings under "Messaging": Teams' rate limits, in-call retries and the outbox. The defaults are Teams'
/// published limits; an empty list in configuration keeps them (see <see cref="ApplyTeamsDefaults"/>).
/// </summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// Limits per conversation ("per bot per thread"), all applied together. Teams publishes, for sending to a
    /// conversation: 7 per 1 s, 8 per 2 s, 60 per 30 s and 1800 per 3600 s.
    /// Source: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit ("Per bot per thread limit").
    /// </summary>
    public IList<RateWindow> PerConversation { get; } = [];

    /// <summary>
    /// Limits per tenant for the whole bot. The same page: "the global limit per app per tenant is 50 requests per
    /// second (RPS)". Each process enforces it for itself; several instances share Teams' budget between them.
    /// </summary>
    public IList<RateWindow> PerTenant { get; } = [];

    /// <summary>Longest a send waits for the rate limiter before it is deferred to the outbox instead.</summary>
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts within one send (the first included) before the message is deferred to the outbox.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff after a retryable failure without Retry-After; doubles with each attempt, with jitter.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>A Retry-After longer than this is not waited for in the call: the message is deferred to then.</summary>
    public TimeSpan MaxRetryAfterInCall { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one request to the Bot Connector (the SDK's own HttpClient would wait 100 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a sender owns an idempotency key it claimed. A sender that crashed mid-send loses it after this,
    /// and the outbox job takes over. Must exceed the longest a send can take (validated at start).
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    public OutboxOptions Outbox { get; set; } = new();

    /// <summary>The longest one send can hold its claim: throttling, every attempt and every wait between them.</summary>
    public TimeSpan LongestSend =>
        ((MaxThrottleWait + AttemptTimeout) * MaxAttempts) + (Max(MaxBackoff, MaxRetryAfterInCall) * Math.Max(0, MaxAttempts - 1));

    /// <summary>Teams' published limits, used where configuration gives none.</summary>
    public void ApplyTeamsDefaults()
    {
        if (PerConversation.Count == 0)
        {
            PerConversation.Add(new RateWindow(TimeSpan.FromSeconds(1), 7));
            PerConversation.Add(new RateWindow(TimeSpan.FromSeconds(2), 8));
            PerConversation.Add(new RateWindow(TimeSpan.FromSeconds(30), 60));
            PerConversation.Add(new RateWindow(TimeSpan.FromSeconds(3600), 1800));
        }

        if (PerTenant.Count == 0)
            PerTenant.Add(new RateWindow(TimeSpan.FromSeconds(1), 50));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
