using System.Text.Json.Nodes;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// Activities shaped as Teams posts them to /api/messages for a personal chat: channelId msteams,
/// conversation.tenantId, from.aadObjectId, channelData.tenant and a serviceUrl (here the loopback connector).
/// </summary>
public static class TeamsActivities
{
    public const string BotId = "28:mentorbot-tests";

    public static JsonObject Message(TeamsUser user, Uri serviceUrl, string text)
    {
        var activity = Base("message", user, serviceUrl);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>An Action.Submit from a card: Teams sends the action's data as value and no text.</summary>
    public static JsonObject CardSubmit(TeamsUser user, Uri serviceUrl, JsonObject value)
    {
        var activity = Base("message", user, serviceUrl);
        activity["value"] = value;
        activity["replyToId"] = Guid.NewGuid().ToString("N");
        return activity;
    }

    public static JsonObject InstallationAdded(TeamsUser user, Uri serviceUrl)
    {
        var activity = Base("installationUpdate", user, serviceUrl);
        activity["action"] = "add";
        return activity;
    }

    public static JsonObject BotAdded(TeamsUser user, Uri serviceUrl)
    {
        var activity = Base("conversationUpdate", user, serviceUrl);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = "conversationUpdate";
        return activity;
    }

    /// <summary>
    /// Moves an activity into a team channel, as Teams sends one there: conversation type channel (with the reply
    /// thread's message id for a message), and the team and channel in channelData.
    /// </summary>
    public static JsonObject InChannel(JsonObject activity, string teamId, string channelId, bool inThread = true)
    {
        var conversation = activity["conversation"]!.AsObject();
        conversation["conversationType"] = "channel";
        conversation["isGroup"] = true;
        conversation["id"] = inThread ? channelId + ";messageid=1712345678901" : channelId;
        var channelData = activity["channelData"]!.AsObject();
        channelData["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Data guild" };
        channelData["channel"] = new JsonObject { ["id"] = channelId };
        return activity;
    }

    /// <summary>What Teams sends when the bot is added to (or removed from) a team: conversationUpdate naming the bot, in the General channel.</summary>
    public static JsonObject BotAddedToTeam(TeamsUser user, Uri serviceUrl, string teamId, bool removed = false)
    {
        var activity = InChannel(Base("conversationUpdate", user, serviceUrl), teamId, teamId, inThread: false);
        activity[removed ? "membersRemoved" : "membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = removed ? "teamMemberRemoved" : "teamMemberAdded";
        return activity;
    }

    public static JsonObject Base(string type, TeamsUser user, Uri serviceUrl) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.ChannelUserId, ["name"] = "Test User", ["aadObjectId"] = user.ObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = user.TenantId, ["id"] = user.ConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "MentorBot" },
        ["locale"] = user.Locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = user.TenantId } },
    };
}
