using System.Text.Json.Nodes;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// Activities as Teams posts them to /api/messages from a personal chat: channelId msteams, the tenant in the
/// conversation and in channelData, from.aadObjectId, the client's locale and time zone, a serviceUrl (the loopback
/// connector). A card's Action.Submit is a message with the data as value and the card's message as replyToId; an
/// Action.Execute is an adaptiveCard/action invoke.
/// </summary>
internal static class TeamsActivity
{
    public const string BotId = "28:mentorbot-load";

    public static JsonObject Message(Person person, Uri serviceUrl, string text)
    {
        var activity = Base("message", person, serviceUrl);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    public static JsonObject CardSubmit(Person person, Uri serviceUrl, JsonObject value, string cardMessageId)
    {
        var activity = Base("message", person, serviceUrl);
        activity["value"] = value;
        activity["replyToId"] = cardMessageId;
        return activity;
    }

    public static JsonObject CardExecute(Person person, Uri serviceUrl, string verb, JsonObject data, string cardMessageId)
    {
        var activity = Base("invoke", person, serviceUrl);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        activity["replyToId"] = cardMessageId;
        return activity;
    }

    private static JsonObject Base(string type, Person person, Uri serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = now.ToString("O"),
            ["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(1)).ToString("O"),
            ["localTimezone"] = "Europe/Paris",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.ChannelUserId, ["name"] = person.Name, ["aadObjectId"] = person.ObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = person.TenantId, ["id"] = person.ConversationId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "MentorBot" },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "FR", ["platform"] = "Web", ["timezone"] = "Europe/Paris" }),
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = person.TenantId } },
        };
    }
}
