using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Conversations;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace MentorBot.Messaging;

/// <summary>
/// Conversation references keyed by tenant (partition) and Entra object id (row), so every user of a tenant
/// is one partition read away and a user is found by the id Graph and the directory use.
/// </summary>
public sealed partial class ConversationReferences(IEntityStore store, TimeProvider time, ILogger<ConversationReferences> logger)
{
    public const string TableName = "conversationrefs";
    private const int MaxConflictRetries = 5;

    private IEntityTable Table => store.Table(TableName);

    /// <summary>
    /// Stores (or refreshes) the reference of the activity's sender, from their personal chat only. Returns false when
    /// the activity comes from elsewhere or the sender has no Entra id.
    /// </summary>
    public async Task<bool> RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        // The reference is where their offers, introductions and notices go: a team or group chat would show them to
        // everyone in it, so a message there never replaces the personal chat.
        if (!ConversationScope.IsPersonal(activity))
            return false;

        if (!TeamsIdentity.TryKeys(activity, out var tenant, out var user))
        {
            LogNoIdentity(logger, activity.Type, activity.ChannelId);
            return false;
        }

        var reference = activity.GetConversationReference();
        await UpdateAsync(tenant, user, existing =>
        {
            var record = existing ?? new ConversationReferenceRecord { Reference = reference };
            var refreshed = new ConversationReferenceRecord
            {
                Reference = reference,
                Locale = activity.Locale ?? record.Locale,
                UpdatedAt = time.GetUtcNow(),
                WelcomedAt = record.WelcomedAt,

                // A user who writes to us again can be written to again.
                UnreachableSince = null,
            };
            return refreshed;
        }, cancellationToken);
        return true;
    }

    public async Task<ConversationReferenceRecord?> GetAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetAsync(tenantId, userObjectId, cancellationToken);
        return entity is null ? null : Deserialize(entity.Body);
    }

    public Task<bool> ForgetAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        Table.DeleteAsync(tenantId, userObjectId, ifMatch: null, cancellationToken);

    /// <summary>True exactly once per installation: the caller that gets true sends the welcome.</summary>
    public async Task<bool> TryClaimWelcomeAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var claimed = false;
        await UpdateAsync(tenantId, userObjectId, existing =>
        {
            claimed = existing is { WelcomedAt: null };
            if (claimed)
                existing!.WelcomedAt = time.GetUtcNow();
            return claimed ? existing : null;
        }, cancellationToken);
        return claimed;
    }

    public Task MarkUnreachableAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        UpdateAsync(tenantId, userObjectId, existing =>
        {
            if (existing is null || existing.UnreachableSince is not null)
                return null;
            existing.UnreachableSince = time.GetUtcNow();
            return existing;
        }, cancellationToken);

    // Read-modify-write under the entity's ETag; a concurrent writer makes us re-read and re-apply.
    // The change returns null to leave the entity as it is.
    private async Task UpdateAsync(string tenantId, string userObjectId, Func<ConversationReferenceRecord?, ConversationReferenceRecord?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entity = await Table.GetAsync(tenantId, userObjectId, cancellationToken);
            var updated = change(entity is null ? null : Deserialize(entity.Body));
            if (updated is null)
                return;
            var write = new EntityWrite(tenantId, userObjectId, JsonConvert.SerializeObject(updated));
            try
            {
                if (entity is null)
                    await Table.InsertAsync(write, cancellationToken);
                else
                    await Table.UpdateAsync(write, entity.ETag, cancellationToken);
                return;
            }
            catch (EntityConflictException) when (attempt < MaxConflictRetries)
            {
                // Someone else wrote first (install and conversationUpdate arrive together): try again on their version.
            }
        }
    }

    private static ConversationReferenceRecord Deserialize(string body) =>
        JsonConvert.DeserializeObject<ConversationReferenceRecord>(body) ?? throw new InvalidDataException("Empty conversation reference record.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {ActivityType} activity on channel {ChannelId} has no tenant or Entra object id; its sender cannot be messaged proactively")]
    private static partial void LogNoIdentity(ILogger logger, string activityType, string channelId);
}
