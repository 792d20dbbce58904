using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Extensions.Options;

namespace MentorBot.Messaging;

/// <summary>
/// Applies Messaging:Outbox:Retention: a delivered message older than it keeps only its hash and dates (still never
/// sent twice); a settled undelivered one is deleted (a later send with its key would have tried again anyway).
/// Messages still being delivered are left alone.
/// </summary>
public sealed partial class OutboxRetention(OutboxLedger ledger, IOptions<MessagingOptions> options, TimeProvider time, ILogger<OutboxRetention> logger)
{
    public async Task<(int Redacted, int Deleted)> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.Outbox.Retention;

        // Read first, write after: a table is not written to while a scan of it is still open.
        var expired = new List<(StoredEntity Row, OutboxEntry Entry)>();
        await foreach (var message in ledger.MessagesAsync(tenantId: null, cancellationToken))
        {
            if (IsExpired(message.Entry, cutoff))
                expired.Add(message);
        }

        var (redacted, deleted) = (0, 0);
        foreach (var (row, entry) in expired)
        {
            // A row that changed since the scan is left for the next run.
            if (entry.State == OutboxState.Sent)
                redacted += await ledger.RedactAsync(row, entry, cancellationToken) ? 1 : 0;
            else
                deleted += await ledger.EraseAsync(row, entry, cancellationToken) ? 1 : 0;
        }

        if (redacted + deleted > 0)
            LogPurged(logger, redacted, deleted, options.Value.Outbox.Retention);
        return (redacted, deleted);
    }

    private static bool IsExpired(OutboxEntry entry, DateTimeOffset cutoff) => entry.State switch
    {
        OutboxState.Sent => (entry.SentAt ?? entry.UpdatedAt) <= cutoff,
        OutboxState.Unreachable or OutboxState.NoConversationReference or OutboxState.Failed => entry.UpdatedAt <= cutoff,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox retention ({Retention}): {Redacted} delivered message(s) redacted, {Deleted} undelivered one(s) deleted")]
    private static partial void LogPurged(ILogger logger, int redacted, int deleted, TimeSpan retention);
}
