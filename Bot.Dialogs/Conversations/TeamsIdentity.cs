using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// Who an activity comes from, in the ids the directory uses: Entra tenant and object id. An id no record can have
/// (too long, control characters: see <see cref="Stores.StoreIds"/>) is no identity; used as a key it would fail the
/// store's key rules in the middle of the turn.
/// </summary>
public static class TeamsIdentity
{
    public static string? TenantOf(IActivity activity)
    {
        var fromConversation = activity.Conversation?.TenantId;
        var tenant = string.IsNullOrWhiteSpace(fromConversation) ? ChannelDataTenant(activity) : fromConversation;
        return Stores.StoreIds.CanExist(tenant) ? tenant : null;
    }

    /// <summary>Both keys, or false when the sender has no tenant or Entra object id (then nothing is stored for them).</summary>
    public static bool TryKeys(IActivity activity, out string tenantId, out string userObjectId)
    {
        tenantId = TenantOf(activity) ?? string.Empty;
        userObjectId = activity.From?.AadObjectId is { } objectId && Stores.StoreIds.CanExist(objectId) ? objectId : string.Empty;
        return tenantId.Length > 0 && userObjectId.Length > 0;
    }

    private static string? ChannelDataTenant(IActivity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
