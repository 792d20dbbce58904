using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace MentorBot.Tests.Conversations;

/// <summary>A Teams user in a personal chat with the bot, producing activities shaped as Teams sends them.</summary>
public sealed record TeamsUser(string ObjectId, string Name, string Locale = "en-US", string TenantId = BotHarness.Tenant, string TimeZone = "Europe/Paris")
{
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
}
