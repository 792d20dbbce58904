using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>
/// What was sent to someone before the bot could reach them (a nudge, an offer, a check-in to a person who had not
/// installed the app yet): queued again when they install it, so the outbox job delivers it within a minute, each
/// message still once. Only messages younger than Messaging:Outbox:DeliverUnaddressedWithin: older ones are stale.
/// </summary>
public sealed partial class UnaddressedMessages(OutboxLedger ledger, IOptions<MessagingOptions> options, TimeProvider time, ILogger<UnaddressedMessages> logger)
{
    public async Task<int> RequeueAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var within = options.Value.Outbox.DeliverUnaddressedWithin;
        if (within <= TimeSpan.Zero)
            return 0;
        var requeued = await ledger.RequeueUnaddressedAsync(tenantId, userObjectId, time.GetUtcNow() - within, cancellationToken);
        if (requeued > 0)
            LogRequeued(logger, requeued, userObjectId);
        return requeued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} message(s) sent to {UserObjectId} before they installed the bot are queued for delivery")]
    private static partial void LogRequeued(ILogger logger, int count, string userObjectId);
}
