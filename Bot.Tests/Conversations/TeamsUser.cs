using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace MentorBot.Tests.Conversations;

/// <summary>A Teams user in a personal chat with the bot, or in a team or group chat with it, producing activities shaped as Teams sends them.</summary>
public sealed record TeamsUser(string ObjectId, string Name, string Locale = "en-US", string TenantId = BotHarness.Tenant, string TimeZone = "Europe/Paris")
{
    public const string TeamId = "19:d1c4a5b0f7e94c3a8b2e6f1a0c9d8e7b@thread.tacv2";
    public const string TeamChannelId = "19:5e2f8a1c3b4d4e6f9a7b0c1d2e3f4a5b@thread.tacv2";
    public const string GroupChatId = "19:meeting_c8b7a6f5e4d3c2b1@thread.v2";

    public static TeamsUser Create(string name, string locale = "en-US") => new(Guid.NewGuid().ToString(), name, locale);

    public string Id => "29:" + ObjectId;

    public Activity Activity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = Channels.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Locale = Locale,
        LocalTimezone = TimeZone,
        From = new ChannelAccount(Id, Name) { AadObjectId = ObjectId },
        Recipient = new ChannelAccount("28:mentorbot", "MentorBot"),
        Conversation = new ConversationAccount(conversationType: "personal", id: "a:" + ObjectId, tenantId: TenantId),
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(TenantId) },
        Timestamp = DateTimeOffset.UtcNow,
    };

    /// <summary>An activity from this user in a channel of <see cref="TeamId"/> (a reply thread of <paramref name="channelId"/>).</summary>
    public Activity InChannel(string type, string channelId = TeamChannelId)
    {
        var activity = Activity(type);
        activity.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelId + ";messageid=1712345678901", tenantId: TenantId);
        activity.ChannelData = new TeamsChannelData
        {
            Tenant = new TenantInfo(TenantId),
            Team = new TeamInfo(TeamId, "Data guild"),
            Channel = new ChannelInfo(channelId, channelId == TeamId ? null : "Mentoring"),
        };
        return activity;
    }

    /// <summary>An activity from this user in a group chat that has the bot.</summary>
    public Activity InGroupChat(string type)
    {
        var activity = Activity(type);
        activity.Conversation = new ConversationAccount(isGroup: true, conversationType: "groupChat", id: GroupChatId, tenantId: TenantId);
        return activity;
    }
}
