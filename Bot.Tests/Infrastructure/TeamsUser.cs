namespace MentorBot.Tests.Infrastructure;

/// <summary>A Teams user in a personal chat with the bot: fresh ids per test, so tests sharing a host never meet.</summary>
public sealed record TeamsUser(string TenantId, string ObjectId, string ConversationId, string Locale)
{
    public static TeamsUser New(string tenantId, string locale = "en-US") =>
        new(tenantId, Guid.NewGuid().ToString(), $"a:1{Guid.NewGuid():N}", locale);

    /// <summary>The Bot Framework user id Teams uses next to the Entra object id.</summary>
    public string ChannelUserId => $"29:1{ObjectId.Replace("-", string.Empty, StringComparison.Ordinal)}";
}
