using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace MentorBot.Dialogs.Conversations;

/// <summary>Who an activity comes from, in the ids the directory uses: Entra tenant and object id.</summary>
public static class TeamsIdentity
{
    public static string? TenantOf(IActivity activity)
    {
        var fromConversation = activity.Conversation?.TenantId;
        if (!string.IsNullOrWhiteSpace(fromConversation))
            return fromConversation;
        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Both keys, or false when the sender has no tenant or Entra object id (then nothing is stored for them).</summary>
    public static bool TryKeys(IActivity activity, out string tenantId, out string userObjectId)
    {
        tenantId = TenantOf(activity) ?? string.Empty;
        userObjectId = activity.From?.AadObjectId ?? string.Empty;
        return tenantId.Length > 0 && userObjectId.Length > 0;
    }
}
