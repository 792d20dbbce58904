using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace MentorBot.Dialogs.Conversations;

/// <summary>Where an activity happens: the user's personal chat with the bot, or a team or group chat others read.</summary>
public static class ConversationScope
{
    /// <summary>
    /// True for the personal chat. Teams always names the type; an activity without one (the Emulator, a test
    /// client) is treated as personal, as a one-to-one conversation is what those send.
    /// </summary>
    public static bool IsPersonal(IActivity activity) =>
        activity.Conversation?.ConversationType is not { Length: > 0 } type ||
        string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase);

    /// <summary>The team an activity comes from (Teams' channel data), or null outside a team.</summary>
    public static TeamInfo? TeamOf(IActivity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Team is { Id.Length: > 0 } team ? team : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
